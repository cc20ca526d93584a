import type { Command } from 'commander';
import { registerFrameworkValidate } from './framework-validate/framework-validate.command';
import { registerScore } from './score/score.command';
import { registerReconcile } from './reconcile/reconcile.command';

export { EXIT, exitCodeOf, failureError, usageError, type ExitCode } from './io/exit-codes';
export { outputWidth, table, viNumber } from './io/output';
export { wantsJson } from './io/json-mode';

/** Registers the scoring commands on `npx par`: `framework validate`, `score`, `reconcile`. */
export function registerScoringCommands(program: Command): void {
  registerFrameworkValidate(program);
  registerScore(program);
  registerReconcile(program);
}
export { decodeText } from './io/decode-text';
