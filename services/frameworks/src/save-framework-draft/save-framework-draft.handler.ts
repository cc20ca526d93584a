import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { SaveFrameworkDraftCommand } from './save-framework-draft.command';
import { contentOf, readDefinition } from '../framework-definition/framework-definition';
import { runFrameworkDecision } from '../framework-definition/framework-stream';
import { toFrameworkSummary, type FrameworkSummaryType } from '../framework-definition/framework-summary.types';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';

@CommandHandler(SaveFrameworkDraftCommand)
export class SaveFrameworkDraftHandler implements ICommandHandler<SaveFrameworkDraftCommand> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, definition, format }: SaveFrameworkDraftCommand): Promise<FrameworkSummaryType> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    const content = contentOf(readDefinition(ctx, definition, format));
    const { state } = await runFrameworkDecision(
      this.store,
      ctx,
      this.runtime.now(),
      content.frameworkId,
      { type: 'SaveFrameworkDraft', data: content },
      'Lưu bản dự thảo bộ tiêu chí',
    );
    return toFrameworkSummary(content.frameworkId, state);
  }
}
