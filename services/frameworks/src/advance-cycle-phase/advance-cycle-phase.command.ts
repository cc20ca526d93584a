import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { CycleScheduleType } from '../cycle-schedule/cycle-schedule.types';

export class AdvanceCyclePhaseCommand extends Command<CycleScheduleType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
  ) {
    super();
  }
}
