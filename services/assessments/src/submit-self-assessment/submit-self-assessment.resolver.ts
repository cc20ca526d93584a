import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { SubmitSelfAssessmentCommand } from './submit-self-assessment.command';

@InputType()
export class SubmitSelfAssessmentInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => Int, { nullable: true, description: 'Version last read; a concurrent change gives CONCURRENCY_CONFLICT' })
  expectedVersion?: number;
}

@Resolver()
export class SubmitSelfAssessmentResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, { description: 'Đơn vị gửi kết quả tự đánh giá để thẩm định (sau đó không sửa được nữa)' })
  submitSelfAssessment(@Ctx() ctx: RequestContext, @Args('input') input: SubmitSelfAssessmentInput) {
    return this.commands.execute(new SubmitSelfAssessmentCommand(ctx, input));
  }
}
