import type { Command } from 'commander';
import { registerFrameworkValidate } from './framework-validate/framework-validate.command';
import { registerFrameworkUpgrade } from './framework-upgrade/framework-upgrade.command';
import { registerScore } from './score/score.command';
import { registerReconcile } from './reconcile/reconcile.command';

export { EXIT, exitCodeOf, failureError, usageError, type ExitCode } from './io/exit-codes';
export { outputWidth, table, viNumber } from './io/output';
export { wantsJson } from './io/json-mode';
export { frameworkCommand } from './io/framework-command';
export { loadFramework, loadResults } from './io/read-input';

/** Registers the scoring commands on `npx par`: `framework validate|upgrade`, `score`, `reconcile`. */
export function registerScoringCommands(program: Command): void {
  registerFrameworkValidate(program);
  registerFrameworkUpgrade(program);
  registerScore(program);
  registerReconcile(program);
}
export { decodeText } from './io/decode-text';
