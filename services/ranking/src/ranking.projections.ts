import type { Sql } from '@par/database';
import type { IncomingMessage } from '@par/messaging';
import { applyRowChanges, evolvingHandler, type EvolvingProjection, type ProjectionSpec } from '@par/projections';
import { FRAMEWORKS_TOPIC, type FrameworksEventV1 } from '@par/frameworks-contracts';
import { ASSESSMENTS_TOPIC, type AssessmentsEventV1, type ScoreRecordedV1 } from '@par/assessments-contracts';
import { RANKING_SCHEMA } from './ranking.tokens';
import {
  evolveAssessmentEvent,
  evolveRankingCatalog,
  RANKING_TABLE_KEYS,
  type RankingCatalogReadModel,
  type ScoreReadModel,
} from './recompute-ranking/ranking.evolve';
import { loadRankingCatalogReadModel, loadScoreBatchReadModel, loadScoreReadModel } from './recompute-ranking/ranking.read-model';
import { evolveScoreBatch } from './recompute-ranking/score-batch';
import { surveyPointsProjection } from './survey-points/survey-points.projection';

/** `ranking.catalog`: catalog event → catalog rows and the results of the cycles it affects (load → evolve → write). */
export const rankingCatalogEvolution: EvolvingProjection<{ event: FrameworksEventV1; eventId: string }, RankingCatalogReadModel> = {
  tables: RANKING_TABLE_KEYS,
  decode: (m) => ({ event: m.value as FrameworksEventV1, eventId: m.headers['event-id'] ?? '' }),
  load: (tx, schema, m) => loadRankingCatalogReadModel(tx, schema, m.event),
  evolve: evolveRankingCatalog,
};

/**
 * `ranking.scores`: published score or not-applicable declaration → its row and its cycle's results
 * (load → evolve → write).
 */
export const rankingScoresEvolution: EvolvingProjection<AssessmentsEventV1, ScoreReadModel> = {
  tables: RANKING_TABLE_KEYS,
  decode: (m) => m.value as AssessmentsEventV1,
  load: loadScoreReadModel,
  evolve: evolveAssessmentEvent,
};

const applyScoreMessage = evolvingHandler(RANKING_SCHEMA, rankingScoresEvolution);

/**
 * `ranking.scores` for the messages of one province fetched together: each run of consecutive published scores is
 * loaded once, evolved together (`evolveScoreBatch`: a row per item, each cycle recomputed once) and written; any
 * other event is applied alone, in its place. Same result as applying every message alone, in order.
 */
export async function applyScoreMessages(tx: Sql, ms: readonly IncomingMessage[]): Promise<void> {
  const events = ms.map(rankingScoresEvolution.decode);
  for (let i = 0; i < events.length;) {
    let end = i;
    while (end < events.length && events[end]!.type === 'ScoreRecorded') end += 1;
    if (end === i) {
      await applyScoreMessage(tx, ms[i]!);
      i += 1;
      continue;
    }
    const run = events.slice(i, end) as ScoreRecordedV1[];
    const model = await loadScoreBatchReadModel(tx, RANKING_SCHEMA, run);
    await applyRowChanges(tx, RANKING_SCHEMA, RANKING_TABLE_KEYS, evolveScoreBatch(model, run));
    i = end;
  }
}

/**
 * The ranking service's projections (run by the platform from `rankingService` and by `par projections rebuild`).
 *
 * Table ownership (what a rebuild clears):
 * - `ranking.catalog` owns `catalog_frameworks`, `catalog_units`, `catalog_cycles`. Its handler ALSO
 *   recomputes the cycles the event affects, i.e. rewrites `results` (owned by `ranking.scores`).
 * - `ranking.scores` owns `scores`, `not_applicable`, `results` and `finalized_units`; every recompute reads the catalog.
 * So rebuild `ranking.catalog` first, then `ranking.scores` (the order of `par projections rebuild --all`).
 */
export const rankingProjections: readonly ProjectionSpec[] = [
  {
    name: 'catalog',
    topics: [FRAMEWORKS_TOPIC],
    owns: ['catalog_frameworks', 'catalog_units', 'catalog_cycles'],
    alsoWrites: ['results'],
    description: 'Frameworks, units and cycles from par.frameworks.v1; recomputes the cycles the event affects',
    handle: evolvingHandler(RANKING_SCHEMA, rankingCatalogEvolution),
  },
  {
    name: 'scores',
    topics: [ASSESSMENTS_TOPIC],
    owns: ['scores', 'not_applicable', 'results', 'finalized_units'],
    description:
      'Published scores, not-applicable declarations and final appraisals; totals, index %, ranks, classes and unscored items per cycle (reads the catalog)',
    handle: applyScoreMessage,
    handleBatch: applyScoreMessages,
  },
  surveyPointsProjection,
];
