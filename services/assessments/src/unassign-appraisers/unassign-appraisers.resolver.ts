import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AppraisalAssignmentsType } from '../assignments/assignments.type';
import { UnassignAppraisersCommand } from './unassign-appraisers.command';

@InputType()
export class UnassignAppraisersInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => [ID]) unitIds!: string[];
  @Field(() => [ID]) appraiserIds!: string[];
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number;
}

@Resolver()
export class UnassignAppraisersResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AppraisalAssignmentsType, { description: 'Thôi phân công người thẩm định cho các đơn vị' })
  unassignAppraisers(@Ctx() ctx: RequestContext, @Args('input') input: UnassignAppraisersInput) {
    return this.commands.execute(new UnassignAppraisersCommand(ctx, input));
  }
}
