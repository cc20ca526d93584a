import { defineService } from '@par/nest-platform';
import { catalogMigrations } from '@par/frameworks-catalog';
import { RANKING_TOPIC } from '@par/ranking-contracts';
import { rankingMigrations } from './ranking.migrations';
import { rankingProjections } from './ranking.projections';
import { toRankingContract } from './publishing/to-contract';
import { RANKING_SCHEMA } from './ranking.tokens';

/**
 * The ranking service: the provisional ranking (totals, index %, ranks and classes per cycle, recomputed from
 * published scores) and the official versions published and corrected by decision (its event store; par.ranking.v1).
 */
export const rankingService = defineService({
  name: 'ranking',
  port: 4104,
  schema: RANKING_SCHEMA,
  graphql: () => import('./ranking.module').then((m) => m.RankingModule),
  migrations: [...catalogMigrations(), ...rankingMigrations()],
  eventStore: { upcasters: [] },
  publishes: { topic: RANKING_TOPIC, toMessage: toRankingContract },
  projections: rankingProjections,
});
