import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { FileUpload } from '@par/nest-platform';
import type { ResponseImportResult } from '../response-file/import-response-file';

export class ImportSurveyResponsesCommand extends Command<ResponseImportResult> {
  constructor(
    readonly ctx: RequestContext,
    readonly campaignId: string,
    readonly file: Promise<FileUpload>,
  ) {
    super();
  }
}
