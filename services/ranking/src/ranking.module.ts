import { Module } from '@nestjs/common';
import { RankingResolver } from './read-ranking/ranking.resolver';

/**
 * The ranking service: totals, index %, ranks and classes per cycle, recomputed from published scores.
 * Runtime, GraphQL, event store (`EVENT_STORE`) and pipeline come from the service definition (`serviceModule`).
 */
@Module({
  providers: [RankingResolver],
})
export class RankingModule {}
