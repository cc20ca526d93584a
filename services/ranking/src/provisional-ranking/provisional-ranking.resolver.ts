import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { RankingRowType } from '../read-ranking/ranking.types';
import { ProvisionalRankingQuery } from './provisional-ranking.query';

@Resolver()
export class ProvisionalRankingResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => [RankingRowType], {
    description:
      'Xếp hạng tạm thời (trực tiếp từ điểm): Sở Nội vụ và Tổ thẩm định xem mọi đơn vị; cán bộ đơn vị chỉ xem kết quả sơ bộ của đơn vị mình',
  })
  provisionalRanking(@Ctx() ctx: RequestContext, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return this.queries.execute(new ProvisionalRankingQuery(ctx, cycleId));
  }
}
