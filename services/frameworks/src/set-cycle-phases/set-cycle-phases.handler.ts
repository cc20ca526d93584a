import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { SetCyclePhasesCommand } from './set-cycle-phases.command';
import { runCycleScheduleDecision } from '../cycle-schedule/cycle-stream';
import type { CycleScheduleType } from '../cycle-schedule/cycle-schedule.types';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';

@CommandHandler(SetCyclePhasesCommand)
export class SetCyclePhasesHandler implements ICommandHandler<SetCyclePhasesCommand> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  execute({ ctx, cycleId, phases }: SetCyclePhasesCommand): Promise<CycleScheduleType> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    return runCycleScheduleDecision(
      this.store,
      ctx,
      this.runtime.now(),
      { type: 'SetCyclePhases', data: { cycleId, phases } },
      'Đặt lịch các giai đoạn',
    );
  }
}
