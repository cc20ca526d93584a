import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { CycleScheduleType } from '../cycle-schedule/cycle-schedule.types';
import { AdvanceCyclePhaseCommand } from './advance-cycle-phase.command';

@Resolver()
export class AdvanceCyclePhaseResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CycleScheduleType, { description: 'Chuyển kỳ đánh giá sang giai đoạn kế tiếp khi giai đoạn đó đã bắt đầu (dha_admin)' })
  advanceCyclePhase(@Ctx() ctx: RequestContext, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return this.commands.execute(new AdvanceCyclePhaseCommand(ctx, cycleId));
  }
}
