import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { CycleScheduleType, PhaseScheduleInput } from '../cycle-schedule/cycle-schedule.types';
import { SetCyclePhasesCommand } from './set-cycle-phases.command';

@Resolver()
export class SetCyclePhasesResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CycleScheduleType, { description: 'Đặt lịch các giai đoạn (theo thứ tự, không chồng lấn) của kỳ đánh giá (dha_admin)' })
  setCyclePhases(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('phases', { type: () => [PhaseScheduleInput] }) phases: PhaseScheduleInput[],
  ) {
    return this.commands.execute(
      new SetCyclePhasesCommand(
        ctx,
        cycleId,
        phases.map((p) => ({ phase: p.phase, startDate: p.startDate, deadline: p.deadline })),
      ),
    );
  }
}
