import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { RankingRowType } from '../read-ranking/ranking.types';

export class ProvisionalRankingQuery extends Query<RankingRowType[]> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
  ) {
    super();
  }
}
