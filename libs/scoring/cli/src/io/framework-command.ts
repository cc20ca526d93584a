import type { Command } from 'commander';
import type { Problem } from '@par/scoring';

/** The `par framework` command group, created by the first subcommand registered (validate, upgrade, ...). */
export function frameworkCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'framework') ?? program.command('framework').description('Bộ tiêu chí (framework files)')
  );
}

/** A framework problem as editors and terminals link it: `file:line:column: [CODE] message (path)`. */
export function problemLine(file: string, p: Problem): string {
  const at = p.line !== undefined ? `${file}:${p.line}:${p.column ?? 1}` : file;
  return `${at}: [${p.code}] ${p.message} (${p.path})`;
}
