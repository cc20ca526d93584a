import { Args, Field, Float, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { RecordSelfScoreCommand } from './record-self-score.command';

@InputType()
export class RecordSelfScoreInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field() subCriterionCode!: string;
  @Field(() => Float) score!: number;
  @Field({ nullable: true, description: 'Ghi chú / giải thích của đơn vị' }) note?: string;
  @Field(() => Int, { nullable: true, description: 'Version last read; a concurrent change gives CONCURRENCY_CONFLICT' })
  expectedVersion?: number;
}

@Resolver()
export class RecordSelfScoreResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, { description: 'Đơn vị tự chấm điểm một tiêu chí' })
  recordSelfScore(@Ctx() ctx: RequestContext, @Args('input') input: RecordSelfScoreInput) {
    return this.commands.execute(new RecordSelfScoreCommand(ctx, { ...input, note: input.note ?? null }));
  }
}
