import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { ReopenSelfAssessmentCommand } from './reopen-self-assessment.command';

@InputType()
export class ReopenSelfAssessmentInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field({ description: 'Lý do mở lại' }) reason!: string;
  @Field(() => Int, { nullable: true, description: 'Version last read; a concurrent change gives CONCURRENCY_CONFLICT' })
  expectedVersion?: number;
}

@Resolver()
export class ReopenSelfAssessmentResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, { description: 'Sở Nội vụ mở lại kết quả tự đánh giá đã gửi để đơn vị sửa' })
  reopenSelfAssessment(@Ctx() ctx: RequestContext, @Args('input') input: ReopenSelfAssessmentInput) {
    return this.commands.execute(new ReopenSelfAssessmentCommand(ctx, input));
  }
}
