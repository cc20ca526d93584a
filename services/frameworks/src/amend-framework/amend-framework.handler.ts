import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { AmendFrameworkCommand } from './amend-framework.command';
import { contentOf, readDefinition } from '../framework-definition/framework-definition';
import { runFrameworkDecision } from '../framework-definition/framework-stream';
import { toFrameworkSummary, type FrameworkSummaryType } from '../framework-definition/framework-summary.types';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';

@CommandHandler(AmendFrameworkCommand)
export class AmendFrameworkHandler implements ICommandHandler<AmendFrameworkCommand> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, frameworkId, fromVersion, decision, definition }: AmendFrameworkCommand): Promise<FrameworkSummaryType> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    const content = definition ? contentOf(readDefinition(ctx, definition.text, definition.format)) : undefined;
    const { state } = await runFrameworkDecision(
      this.store,
      ctx,
      this.runtime.now(),
      frameworkId,
      { type: 'AmendFramework', data: { frameworkId, fromVersion, decision, ...(content && { content }) } },
      `Sửa đổi theo ${decision.number}`,
    );
    return toFrameworkSummary(frameworkId, state);
  }
}
