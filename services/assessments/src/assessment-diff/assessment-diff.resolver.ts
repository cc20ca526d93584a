import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentDiffType } from './assessment-diff.type';
import { AssessmentDiffQuery, CycleDiffQuery } from './assessment-diff.query';

@Resolver()
export class AssessmentDiffResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => AssessmentDiffType, { description: 'Khác biệt kết quả của đơn vị giữa hai thời điểm (chỉ các tiêu chí đã thay đổi)' })
  assessmentDiff(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('from', { description: 'ISO time' }) from: string,
    @Args('to', { description: 'ISO time' }) to: string,
  ) {
    return this.queries.execute(new AssessmentDiffQuery(ctx, cycleId, unitId, from, to));
  }

  @Query(() => [AssessmentDiffType], {
    description: 'Khác biệt kết quả của mọi đơn vị trong kỳ giữa hai thời điểm (chỉ đơn vị có thay đổi)',
  })
  cycleDiff(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('from', { description: 'ISO time' }) from: string,
    @Args('to', { description: 'ISO time' }) to: string,
  ) {
    return this.queries.execute(new CycleDiffQuery(ctx, cycleId, from, to));
  }
}
