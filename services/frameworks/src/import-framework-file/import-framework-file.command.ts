import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { FileUpload } from '@par/nest-platform';
import type { FrameworkSummaryType } from '../framework-definition/framework-summary.types';

/** Save an uploaded framework file (the province's XLSX annex, or YAML/JSON) as the framework's draft. */
export class ImportFrameworkFileCommand extends Command<FrameworkSummaryType> {
  constructor(
    readonly ctx: RequestContext,
    readonly file: Promise<FileUpload>,
  ) {
    super();
  }
}
