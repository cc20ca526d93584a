import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { OfficialRankingType } from '../official-versions/official-version.types';
import { OfficialRankingQuery } from './official-ranking.query';

@Resolver()
export class OfficialRankingResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => OfficialRankingType, {
    nullable: true,
    description:
      'Bảng xếp hạng chính thức của kỳ theo quyết định công bố/điều chỉnh (phiên bản mới nhất nếu không chỉ rõ); null khi chưa công bố',
  })
  officialRanking(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('version', { type: () => Int, nullable: true, description: 'Phiên bản chính thức (1 = công bố lần đầu)' })
    version?: number | null,
  ) {
    return this.queries.execute(new OfficialRankingQuery(ctx, cycleId, version ?? null));
  }
}
