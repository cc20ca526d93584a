import { Args, Field, Float, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { RecordAppraisedScoresCommand } from './record-appraised-scores.command';

@InputType()
export class AppraisedScoreItemInput {
  @Field() subCriterionCode!: string;
  @Field(() => Float) score!: number;
  @Field(() => String, { nullable: true, description: 'Lý do (bắt buộc khi điểm thẩm định khác điểm tự đánh giá)' })
  reason?: string | null;
}

@InputType()
export class RecordAppraisedScoresInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => [AppraisedScoreItemInput], {
    description: 'Từ 1 đến 200 tiêu chí; một tiêu chí sai thì không lưu tiêu chí nào (SCORES_INVALID)',
  })
  items!: AppraisedScoreItemInput[];
  @Field(() => Int, { nullable: true }) expectedVersion?: number;
}

@Resolver()
export class RecordAppraisedScoresResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, { description: 'Thẩm định điểm nhiều tiêu chí của một đơn vị một lần (tất cả hoặc không gì cả)' })
  recordAppraisedScores(@Ctx() ctx: RequestContext, @Args('input') input: RecordAppraisedScoresInput) {
    return this.commands.execute(
      new RecordAppraisedScoresCommand(ctx, {
        ...input,
        items: input.items.map((i) => ({ subCriterionCode: i.subCriterionCode, score: i.score, reason: i.reason ?? null })),
      }),
    );
  }
}
