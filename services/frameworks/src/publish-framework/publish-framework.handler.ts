import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { PublishFrameworkCommand } from './publish-framework.command';
import { contentOf, readDefinition } from '../framework-definition/framework-definition';
import { runFrameworkDecision } from '../framework-definition/framework-stream';
import { toFrameworkView } from '../framework-tree/framework-view';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';
import type { FrameworkVersionType } from '../read-catalog/catalog.types';

const decisionRef = (d: { number: string; date?: string }) => ({ number: d.number, date: d.date ?? '' });

/**
 * Draft and publish in one go: the decision (`decision`, or for a later version its latest `amendments` entry) and
 * the period are the definition's own; the same definition again is a no-op.
 */
@CommandHandler(PublishFrameworkCommand)
export class PublishFrameworkHandler implements ICommandHandler<PublishFrameworkCommand> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, definition, format, reason }: PublishFrameworkCommand): Promise<FrameworkVersionType> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    const fw = readDefinition(ctx, definition, format);
    const content = contentOf(fw);
    const amendment = fw.amendments?.at(-1);
    const { state } = await runFrameworkDecision(
      this.store,
      ctx,
      this.runtime.now(),
      fw.id,
      {
        type: 'PublishFrameworkDefinition',
        data: { ...content, decision: decisionRef(fw.decision), ...(amendment && { amendingDecision: decisionRef(amendment) }) },
      },
      reason ?? `Ban hành theo ${fw.decision.number}`,
    );
    // the version just published, or the existing one when the same definition was sent again
    const version = state.versions.at(-1)!;
    return toFrameworkView(version.content, version);
  }
}
