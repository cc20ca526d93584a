import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { SurveyResultsQuery } from './survey-results.query';
import { SurveyResultsType } from './survey-results.types';

@Resolver()
export class SurveyResultsResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => SurveyResultsType, {
    nullable: true,
    description: 'Kết quả khảo sát đã công bố (tỷ lệ, điểm; SIPAS theo yếu tố); null trước khi công bố',
  })
  surveyResults(
    @Ctx() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ) {
    return this.queries.execute(new SurveyResultsQuery(ctx, campaignId, unitId ?? null));
  }
}
