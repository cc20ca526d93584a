import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { cycleDecider, cycleStreamId } from '@par/frameworks-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { OpenCycleCommand } from './open-cycle.command';
import { FRAMEWORKS_SCHEMA_VERSIONS, FRAMEWORKS_STORE } from '../frameworks.tokens';
import { readFrameworkState } from '../framework-definition/framework-stream';
import type { CycleType } from '../read-catalog/catalog.types';

@CommandHandler(OpenCycleCommand)
export class OpenCycleHandler implements ICommandHandler<OpenCycleCommand> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, cycle }: OpenCycleCommand): Promise<CycleType> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    // The framework's own stream is the source of truth (not a read model that may lag).
    const { versions } = await readFrameworkState(this.store, ctx.province, cycle.frameworkId);
    const pinned = versions.find((v) => v.frameworkVersion === cycle.frameworkVersion);
    const framework = pinned && { unitType: pinned.content.unitType, validFrom: pinned.validFrom, validTo: pinned.validTo };
    await runDecision({
      store: this.store,
      decider: cycleDecider,
      streamId: cycleStreamId(ctx.province, cycle.cycleId),
      command: { type: 'OpenCycle', data: { ...cycle, framework } },
      ctx,
      now: this.runtime.now(),
      reason: 'Mở kỳ đánh giá',
      schemaVersions: FRAMEWORKS_SCHEMA_VERSIONS,
    });
    return { id: cycle.cycleId, ...cycle, referenceDate: cycle.referenceDate ?? `${cycle.year}-01-01` };
  }
}
