import { Module } from '@nestjs/common';
import { CycleRankingResolver, RankingResolver, UnitRankResolver } from './read-ranking/ranking.resolver';

/**
 * The ranking service: totals, index %, ranks and classes per cycle, recomputed from published scores.
 * Runtime, GraphQL, event store (`EVENT_STORE`) and pipeline come from the service definition (`serviceModule`).
 */
@Module({
  providers: [RankingResolver, UnitRankResolver, CycleRankingResolver],
})
export class RankingModule {}
