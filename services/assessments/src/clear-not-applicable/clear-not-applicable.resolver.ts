import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { ClearNotApplicableCommand } from './clear-not-applicable.command';

@InputType()
export class ClearNotApplicableInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field() code!: string;
  @Field({ nullable: true, description: 'Lý do bỏ khai báo không áp dụng' }) reason?: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number;
}

@Resolver()
export class ClearNotApplicableResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, { description: 'Bỏ khai báo không áp dụng: tiêu chí được tính lại cho đơn vị' })
  clearNotApplicable(@Ctx() ctx: RequestContext, @Args('input') input: ClearNotApplicableInput) {
    return this.commands.execute(new ClearNotApplicableCommand(ctx, { ...input, reason: input.reason ?? null }));
  }
}
