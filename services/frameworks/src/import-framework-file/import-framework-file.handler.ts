import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import type { FrameworkSummaryType } from '../framework-definition/framework-summary.types';
import { frameworkInvalidError } from '../framework-definition/framework-definition';
import { SaveFrameworkDraftCommand } from '../save-framework-draft/save-framework-draft.command';
import { readFrameworkUpload } from '../validate-framework-file/read-framework-upload';
import { ImportFrameworkFileCommand } from './import-framework-file.command';

/**
 * Reads the uploaded file (every problem reported, nothing saved while any exists), then saves the framework it
 * holds as the draft through the save-draft use case: the same validation, events and conflicts as a typed draft.
 */
@CommandHandler(ImportFrameworkFileCommand)
export class ImportFrameworkFileHandler implements ICommandHandler<ImportFrameworkFileCommand> {
  constructor(private readonly commands: CommandBus) {}

  async execute({ ctx, file }: ImportFrameworkFileCommand): Promise<FrameworkSummaryType> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    const { result } = await readFrameworkUpload(file, ctx.province);
    if (!result.framework) throw frameworkInvalidError(result.problems);
    return this.commands.execute(new SaveFrameworkDraftCommand(ctx, JSON.stringify(result.framework), 'json'));
  }
}
