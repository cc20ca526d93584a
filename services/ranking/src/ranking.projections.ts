import type { ProjectionSpec } from '@par/projections';
import { applyCatalogEvent } from '@par/frameworks-catalog';
import { FRAMEWORKS_TOPIC, type FrameworksEventV1 } from '@par/frameworks-contracts';
import { ASSESSMENTS_TOPIC, type ScoreRecordedV1 } from '@par/assessments-contracts';
import { RANKING_SCHEMA } from './ranking.tokens';
import { applyScoreAndRecompute, lockProvinceRanking, recomputeAffectedCycles } from './recompute-ranking/apply-score';

/**
 * The ranking service's projections (used by RankingModule and by `par projections rebuild`).
 *
 * Table ownership (what a rebuild clears):
 * - `ranking.catalog` owns `catalog_frameworks`, `catalog_units`, `catalog_cycles`. Its handler ALSO
 *   recomputes the cycles the event affects, i.e. rewrites `results` (owned by `ranking.scores`) with the
 *   catalog event as `computed_at_event`.
 * - `ranking.scores` owns `scores` and `results`; every recompute reads the catalog.
 * So rebuild `ranking.catalog` first, then `ranking.scores` (the order of `par projections rebuild --all`).
 */
export const rankingProjections: readonly ProjectionSpec[] = [
  {
    name: 'catalog',
    topics: [FRAMEWORKS_TOPIC],
    owns: ['catalog_frameworks', 'catalog_units', 'catalog_cycles'],
    alsoWrites: ['results'],
    description: 'Frameworks, units and cycles from par.frameworks.v1; recomputes the cycles the event affects',
    handle: async (tx, m) => {
      const e = m.value as FrameworksEventV1;
      await lockProvinceRanking(tx, e.province);
      await applyCatalogEvent(tx, RANKING_SCHEMA, e);
      await recomputeAffectedCycles(tx, e, m.headers['event-id'] ?? '');
    },
  },
  {
    name: 'scores',
    topics: [ASSESSMENTS_TOPIC],
    owns: ['scores', 'results'],
    description: 'Published scores; totals, index %, ranks and classes per cycle (reads the catalog)',
    handle: (tx, m) => applyScoreAndRecompute(tx, m.value as ScoreRecordedV1),
  },
];
