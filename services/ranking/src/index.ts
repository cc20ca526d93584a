export { RankingModule } from './ranking.module';
export { RANKING_SCHEMA, RANKING_PIPELINE } from './ranking.tokens';
export { rankingProjections } from './ranking.projections';
