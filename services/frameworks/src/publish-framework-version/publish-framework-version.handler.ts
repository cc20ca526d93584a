import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { PublishFrameworkVersionCommand } from './publish-framework-version.command';
import { runFrameworkDecision } from '../framework-definition/framework-stream';
import { toFrameworkView } from '../framework-tree/framework-view';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';
import type { FrameworkVersionType } from '../read-catalog/catalog.types';

@CommandHandler(PublishFrameworkVersionCommand)
export class PublishFrameworkVersionHandler implements ICommandHandler<PublishFrameworkVersionCommand> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, frameworkId, decision, validFrom, validTo }: PublishFrameworkVersionCommand): Promise<FrameworkVersionType> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    const { state } = await runFrameworkDecision(
      this.store,
      ctx,
      this.runtime.now(),
      frameworkId,
      { type: 'PublishFrameworkVersion', data: { frameworkId, decision, ...(validFrom && { validFrom }), ...(validTo && { validTo }) } },
      `Ban hành theo ${decision.number}`,
    );
    const published = state.versions.at(-1)!;
    return toFrameworkView(published.content, published);
  }
}
