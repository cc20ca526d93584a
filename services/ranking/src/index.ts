export { rankingService } from './ranking.service';
export { RANKING_SCHEMA } from './ranking.tokens';
