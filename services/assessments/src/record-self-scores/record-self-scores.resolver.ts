import { Args, Field, Float, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { SelfFiguresInput } from '../assessment-scores/self-figures.type';
import { RecordSelfScoresCommand } from './record-self-scores.command';

@InputType()
export class SelfScoreItemInput {
  @Field() subCriterionCode!: string;
  @Field(() => Float, { nullable: true, description: 'Điểm tự chấm; bỏ trống khi nhập số liệu (figures)' }) score?: number;
  @Field(() => SelfFiguresInput, { nullable: true, description: 'Số liệu để quy tắc của bộ tiêu chí tính điểm (thay cho score)' })
  figures?: SelfFiguresInput;
  @Field({ nullable: true, description: 'Ghi chú / giải thích của đơn vị' }) note?: string;
}

@InputType()
export class RecordSelfScoresInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => [SelfScoreItemInput], { description: 'Từ 1 đến 200 tiêu chí; một tiêu chí sai thì không lưu tiêu chí nào (SCORES_INVALID)' })
  items!: SelfScoreItemInput[];
  @Field(() => Int, { nullable: true, description: 'Version last read; a concurrent change gives CONCURRENCY_CONFLICT' })
  expectedVersion?: number;
}

@Resolver()
export class RecordSelfScoresResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, { description: 'Đơn vị tự chấm điểm nhiều tiêu chí một lần (tất cả hoặc không gì cả)' })
  recordSelfScores(@Ctx() ctx: RequestContext, @Args('input') input: RecordSelfScoresInput) {
    return this.commands.execute(
      new RecordSelfScoresCommand(ctx, {
        ...input,
        items: input.items.map((i) => ({
          subCriterionCode: i.subCriterionCode,
          score: i.score ?? null,
          figures: i.figures ? withoutNulls(i.figures) : null,
          note: i.note ?? null,
        })),
      }),
    );
  }
}

/** GraphQL gives explicit nulls for fields sent as null; the rule reads absent fields. */
const withoutNulls = (figures: SelfFiguresInput) =>
  Object.fromEntries(Object.entries({ ...figures }).filter(([, v]) => v !== null && v !== undefined)) as SelfFiguresInput;
