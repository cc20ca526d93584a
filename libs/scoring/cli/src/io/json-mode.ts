import type { Command } from 'commander';

/** True when `--json` was given (a global option of `npx par`, accepted before or after the command). */
export function wantsJson(cmd: Command): boolean {
  return (cmd.optsWithGlobals() as { json?: boolean }).json === true;
}
