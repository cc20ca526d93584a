import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_SURVEYS } from '@par/auth';
import { readUpload, SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { SURVEYS_STORE } from '../surveys.tokens';
import { importResponseFile } from '../response-file/import-response-file';
import { MAX_RESPONSE_FILE_BYTES } from '../response-file/read-response-file';
import { ImportSurveyResponsesCommand } from './import-survey-responses.command';

@CommandHandler(ImportSurveyResponsesCommand)
export class ImportSurveyResponsesHandler implements ICommandHandler<ImportSurveyResponsesCommand> {
  constructor(
    @Inject(SURVEYS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, campaignId, file }: ImportSurveyResponsesCommand) {
    assertAllowed(ctx, MANAGE_SURVEYS);
    const { fileName, bytes } = await readUpload(file, MAX_RESPONSE_FILE_BYTES);
    return importResponseFile({ store: this.store, db: this.runtime.db, ctx, now: this.runtime.now() }, { campaignId, fileName, bytes });
  }
}
