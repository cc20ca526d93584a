import { Module } from '@nestjs/common';
import { CycleRankingResolver, RankingResolver, UnitRankResolver } from './read-ranking/ranking.resolver';
import { ViewerRankingHandler } from './read-ranking/ranking.handler';
import { ProvisionalRankingHandler } from './provisional-ranking/provisional-ranking.handler';
import { ProvisionalRankingResolver } from './provisional-ranking/provisional-ranking.resolver';
import { OfficialRankingHandler } from './official-ranking/official-ranking.handler';
import { OfficialRankingResolver } from './official-ranking/official-ranking.resolver';
import { RankingVersionsHandler } from './ranking-versions/ranking-versions.handler';
import { RankingVersionsResolver } from './ranking-versions/ranking-versions.resolver';
import { PublishRankingHandler } from './publish-ranking/publish-ranking.handler';
import { PublishRankingResolver } from './publish-ranking/publish-ranking.resolver';
import { CorrectRankingHandler } from './correct-ranking/correct-ranking.handler';
import { CorrectRankingResolver } from './correct-ranking/correct-ranking.resolver';

/**
 * The ranking service: the provisional ranking recomputed from published scores, and the official versions
 * published and corrected by decision (event-sourced, `ranking-publication:<province>:<cycleId>`).
 * Runtime, GraphQL, event store (`EVENT_STORE`) and pipeline come from the service definition (`serviceModule`).
 */
@Module({
  providers: [
    RankingResolver,
    UnitRankResolver,
    CycleRankingResolver,
    ViewerRankingHandler,
    ProvisionalRankingHandler,
    ProvisionalRankingResolver,
    OfficialRankingHandler,
    OfficialRankingResolver,
    RankingVersionsHandler,
    RankingVersionsResolver,
    PublishRankingHandler,
    PublishRankingResolver,
    CorrectRankingHandler,
    CorrectRankingResolver,
  ],
})
export class RankingModule {}
