import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { AssessmentAsOfQuery, CycleScoresAsOfQuery } from './assessment-as-of.query';

@Resolver()
export class AssessmentAsOfResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => AssessmentType, { description: 'Kết quả của đơn vị như tại một thời điểm (trạng thái, không phải sự kiện)' })
  assessmentAsOf(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('asOf', { description: 'ISO time (so với thời điểm ghi của sự kiện)' }) asOf: string,
  ) {
    return this.queries.execute(new AssessmentAsOfQuery(ctx, cycleId, unitId, asOf));
  }

  @Query(() => [AssessmentType], { description: 'Kết quả của mọi đơn vị trong kỳ như tại một thời điểm' })
  cycleScoresAsOf(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('asOf', { description: 'ISO time' }) asOf: string,
  ) {
    return this.queries.execute(new CycleScoresAsOfQuery(ctx, cycleId, asOf));
  }
}
