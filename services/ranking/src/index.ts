export { rankingService } from './ranking.service';
export { RANKING_SCHEMA } from './ranking.tokens';
// the pure recompute paths, for bench/ranking/ranking-apply.bench.ts (full cycle vs one unit)
export { cycleResults, type CycleInputs, type ScoreRow } from './recompute-ranking/ranking.evolve';
export { unitResults, type UnitInputs, type StoredResult } from './recompute-ranking/unit-results';
export { rankingProjections } from './ranking.projections';
