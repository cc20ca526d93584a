import { Command, CommanderError } from 'commander';
import { registerScoringCommands } from '@par/scoring-cli';
import { registerProjectionCommands } from './projections.commands';
import { registerVerifyCommand } from './verify.commands';
import { describeError } from './cli-support';

/** Entry of `npx par`. Returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('par')
    .description('PAR Index platform — công cụ dòng lệnh (command line)')
    .exitOverride()
    .showHelpAfterError();
  registerScoringCommands(program);
  registerProjectionCommands(program);
  registerVerifyCommand(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    console.error(describeError(e));
    return 1;
  }
}
