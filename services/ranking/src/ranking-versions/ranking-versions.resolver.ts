import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { RankingVersionType } from '../official-versions/official-version.types';
import { RankingVersionsQuery } from './ranking-versions.query';

@Resolver()
export class RankingVersionsResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => [RankingVersionType], {
    description: 'Các phiên bản xếp hạng chính thức của kỳ (công bố, điều chỉnh): quyết định, lý do, thời điểm, người thực hiện',
  })
  rankingVersions(@Ctx() ctx: RequestContext, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return this.queries.execute(new RankingVersionsQuery(ctx, cycleId));
  }
}
