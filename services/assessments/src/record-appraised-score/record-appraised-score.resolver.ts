import { Args, Field, Float, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { RecordAppraisedScoreCommand } from './record-appraised-score.command';

@InputType()
export class RecordAppraisedScoreInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field() subCriterionCode!: string;
  @Field(() => Float) score!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Lý do công nhận hoặc điều chỉnh điểm (bắt buộc khi điểm thẩm định khác điểm tự đánh giá)',
  })
  reason?: string | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number;
}

@Resolver()
export class RecordAppraisedScoreResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, {
    description: 'Thẩm định điểm một tiêu chí (người được phân công; công nhận hoặc điều chỉnh, kèm lý do khi khác điểm tự đánh giá)',
  })
  recordAppraisedScore(@Ctx() ctx: RequestContext, @Args('input') input: RecordAppraisedScoreInput) {
    return this.commands.execute(new RecordAppraisedScoreCommand(ctx, input));
  }
}
