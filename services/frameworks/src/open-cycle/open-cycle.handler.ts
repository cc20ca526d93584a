import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { cycleDecider, cycleStreamId, frameworkStreamId } from '@par/frameworks-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { OpenCycleCommand } from './open-cycle.command';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';
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
    const fwEvents = await this.store.readStream(ctx.province, frameworkStreamId(ctx.province, cycle.frameworkId));
    const pinned = fwEvents
      .map((e) => e.data as { frameworkVersion?: number; unitType?: string })
      .find((d) => d.frameworkVersion === cycle.frameworkVersion);
    await runDecision({
      store: this.store,
      decider: cycleDecider,
      streamId: cycleStreamId(ctx.province, cycle.cycleId),
      command: { type: 'OpenCycle', data: { ...cycle, framework: pinned?.unitType ? { unitType: pinned.unitType } : undefined } },
      ctx,
      now: this.runtime.now(),
      reason: 'Mở kỳ đánh giá',
    });
    return { id: cycle.cycleId, ...cycle };
  }
}
