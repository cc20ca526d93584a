import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { DiscardFrameworkDraftCommand } from './discard-framework-draft.command';
import { runFrameworkDecision } from '../framework-definition/framework-stream';
import { toFrameworkSummary, type FrameworkSummaryType } from '../framework-definition/framework-summary.types';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';

@CommandHandler(DiscardFrameworkDraftCommand)
export class DiscardFrameworkDraftHandler implements ICommandHandler<DiscardFrameworkDraftCommand> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, frameworkId }: DiscardFrameworkDraftCommand): Promise<FrameworkSummaryType> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    const { state } = await runFrameworkDecision(
      this.store,
      ctx,
      this.runtime.now(),
      frameworkId,
      { type: 'DiscardFrameworkDraft', data: { frameworkId } },
      'Hủy bản dự thảo bộ tiêu chí',
    );
    return toFrameworkSummary(frameworkId, state);
  }
}
