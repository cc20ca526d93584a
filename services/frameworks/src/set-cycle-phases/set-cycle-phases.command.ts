import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { PhaseSchedule } from '@par/frameworks-domain';
import type { CycleScheduleType } from '../cycle-schedule/cycle-schedule.types';

export class SetCyclePhasesCommand extends Command<CycleScheduleType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly phases: PhaseSchedule[],
  ) {
    super();
  }
}
