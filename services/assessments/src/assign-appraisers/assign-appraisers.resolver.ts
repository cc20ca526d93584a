import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AppraisalAssignmentsType } from '../assignments/assignments.type';
import { AssignAppraisersCommand } from './assign-appraisers.command';

@InputType()
export class AssignAppraisersInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => [ID]) unitIds!: string[];
  @Field(() => [ID], { description: 'Mã tài khoản (sub của token) của người thẩm định' }) appraiserIds!: string[];
  @Field(() => String, { nullable: true, description: 'Tên tổ thẩm định' }) teamName?: string | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number;
}

@Resolver()
export class AssignAppraisersResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AppraisalAssignmentsType, { description: 'Phân công người thẩm định (tổ thẩm định) cho các đơn vị của kỳ' })
  assignAppraisers(@Ctx() ctx: RequestContext, @Args('input') input: AssignAppraisersInput) {
    return this.commands.execute(new AssignAppraisersCommand(ctx, input));
  }
}
