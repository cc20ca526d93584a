import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { AdvanceCyclePhaseCommand } from './advance-cycle-phase.command';
import { runCycleScheduleDecision } from '../cycle-schedule/cycle-stream';
import type { CycleScheduleType } from '../cycle-schedule/cycle-schedule.types';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';

/** Moves the cycle to its next phase; the clock is the runtime's (`now` goes into the command). */
@CommandHandler(AdvanceCyclePhaseCommand)
export class AdvanceCyclePhaseHandler implements ICommandHandler<AdvanceCyclePhaseCommand> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  execute({ ctx, cycleId }: AdvanceCyclePhaseCommand): Promise<CycleScheduleType> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    const now = this.runtime.now();
    return runCycleScheduleDecision(this.store, ctx, now, { type: 'AdvanceCyclePhase', data: { cycleId, now } }, 'Chuyển giai đoạn');
  }
}
