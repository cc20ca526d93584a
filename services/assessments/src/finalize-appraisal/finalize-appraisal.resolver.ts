import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { FinalizeAppraisalCommand } from './finalize-appraisal.command';

@InputType()
export class FinalizeAppraisalInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number;
}

@Resolver()
export class FinalizeAppraisalResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, {
    description: 'Chốt kết quả thẩm định của đơn vị (mọi tiêu chí đã thẩm định, không còn giải trình chờ quyết định)',
  })
  finalizeAppraisal(@Ctx() ctx: RequestContext, @Args('input') input: FinalizeAppraisalInput) {
    return this.commands.execute(new FinalizeAppraisalCommand(ctx, input));
  }
}
