import { defineService } from '@par/nest-platform';
import { catalogMigrations } from '@par/frameworks-catalog';
import { rankingMigrations } from './ranking.migrations';
import { surveyPointsMigrations } from './survey-points/survey-points.migrations';
import { rankingProjections } from './ranking.projections';
import { RANKING_SCHEMA } from './ranking.tokens';

/** The ranking service: totals, index %, ranks and classes per cycle, recomputed from published scores. */
export const rankingService = defineService({
  name: 'ranking',
  port: 4104,
  schema: RANKING_SCHEMA,
  graphql: () => import('./ranking.module').then((m) => m.RankingModule),
  migrations: [...catalogMigrations(), ...rankingMigrations(), ...surveyPointsMigrations()],
  projections: rankingProjections,
});
