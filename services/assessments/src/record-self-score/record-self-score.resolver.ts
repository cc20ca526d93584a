import { Args, Field, Float, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { RecordSelfScoreCommand } from './record-self-score.command';
import { SelfFiguresInput } from '../assessment-scores/self-figures.type';

@InputType()
export class RecordSelfScoreInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field() subCriterionCode!: string;
  @Field(() => Float, { nullable: true, description: 'Điểm tự chấm; bỏ trống khi nhập số liệu (figures)' }) score?: number;
  @Field(() => SelfFiguresInput, { nullable: true, description: 'Số liệu để quy tắc của bộ tiêu chí tính điểm (thay cho score)' })
  figures?: SelfFiguresInput;
  @Field({ nullable: true, description: 'Ghi chú / giải thích của đơn vị' }) note?: string;
  @Field(() => Int, { nullable: true, description: 'Version last read; a concurrent change gives CONCURRENCY_CONFLICT' })
  expectedVersion?: number;
}

@Resolver()
export class RecordSelfScoreResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, { description: 'Đơn vị tự chấm điểm một tiêu chí' })
  recordSelfScore(@Ctx() ctx: RequestContext, @Args('input') input: RecordSelfScoreInput) {
    return this.commands.execute(
      new RecordSelfScoreCommand(ctx, {
        ...input,
        score: input.score ?? null,
        figures: input.figures ? withoutNulls(input.figures) : null,
        note: input.note ?? null,
      }),
    );
  }
}

/** GraphQL gives explicit nulls for fields sent as null; the rule reads absent fields. */
const withoutNulls = (figures: SelfFiguresInput) =>
  Object.fromEntries(Object.entries({ ...figures }).filter(([, v]) => v !== null && v !== undefined)) as SelfFiguresInput;
