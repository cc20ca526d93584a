import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { ReopenAppraisalCommand } from './reopen-appraisal.command';

@InputType()
export class ReopenAppraisalInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field({ description: 'Lý do mở lại (bắt buộc)' }) reason!: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number;
}

@Resolver()
export class ReopenAppraisalResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, { description: 'Sở Nội vụ mở lại kết quả thẩm định đã chốt của đơn vị, kèm lý do' })
  reopenAppraisal(@Ctx() ctx: RequestContext, @Args('input') input: ReopenAppraisalInput) {
    return this.commands.execute(new ReopenAppraisalCommand(ctx, input));
  }
}
