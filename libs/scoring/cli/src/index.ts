import type { Command } from 'commander';
import { registerFrameworkValidate } from './framework-validate/framework-validate.command';
import { registerScore } from './score/score.command';
import { registerReconcile } from './reconcile/reconcile.command';

/** Registers the scoring commands on `npx par`: `framework validate`, `score`, `reconcile`. */
export function registerScoringCommands(program: Command): void {
  registerFrameworkValidate(program);
  registerScore(program);
  registerReconcile(program);
}
