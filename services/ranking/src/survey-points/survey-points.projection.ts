import { findCycle } from '@par/frameworks-catalog';
import { evolvingHandler, upsert, type EvolvingProjection, type ProjectionSpec, type RowChange } from '@par/projections';
import { SURVEYS_TOPIC, type SurveysEventV1 } from '@par/surveys-contracts';
import { RANKING_SCHEMA } from '../ranking.tokens';
import { cycleResults, RANKING_TABLE_KEYS, type CycleInputs } from '../recompute-ranking/ranking.evolve';
import { surveyScoreRows } from './survey-scores.read';
import { loadCycleInputs, lockProvinceRanking } from '../recompute-ranking/ranking.read-model';

/** The cycle a published survey result belongs to, as stored (its survey rows included), or undefined. */
export interface SurveyPointsReadModel {
  cycle: CycleInputs | undefined;
}

/**
 * Pure: a campaign's published results replace the survey points of its units and nodes; the cycle is recomputed
 * with them (a survey point overrides a typed score of the same node: the survey is the node's measurement).
 */
export function evolveSurveyPoints(model: SurveyPointsReadModel, e: SurveysEventV1): RowChange[] {
  if (e.type !== 'SurveyResultsPublished') return [];
  const changes: RowChange[] = e.results.map((r) =>
    upsert('survey_points', {
      province: e.province,
      cycle_id: e.cycleId,
      unit_id: r.unitId,
      code: r.code,
      campaign_id: e.campaignId,
      result_version: e.resultVersion,
      points: r.points,
      last_event_id: e.eventId,
    }),
  );
  if (!model.cycle) return changes;
  const published = new Set(e.results.map((r) => `${r.unitId}\0${r.code}`));
  const others = model.cycle.scores.filter((s) => !published.has(`${s.unitId}\0${s.code}`));
  return [...changes, ...cycleResults(e.province, { ...model.cycle, scores: [...others, ...surveyScoreRows(e.results)] })];
}

export const surveyPointsEvolution: EvolvingProjection<SurveysEventV1, SurveyPointsReadModel> = {
  tables: { ...RANKING_TABLE_KEYS, survey_points: ['province', 'cycle_id', 'unit_id', 'code'] },
  decode: (m) => m.value as SurveysEventV1,
  load: async (tx, schema, e) => {
    if (e.type !== 'SurveyResultsPublished') return { cycle: undefined };
    await lockProvinceRanking(tx, e.province);
    const cycle = await findCycle(tx, schema, e.province, e.cycleId);
    return { cycle: cycle && (await loadCycleInputs(tx, schema, e.province, cycle)) };
  },
  evolve: evolveSurveyPoints,
};

/** `ranking.survey-points`: published survey results → survey points and the cycle's results. */
export const surveyPointsProjection: ProjectionSpec = {
  name: 'survey-points',
  topics: [SURVEYS_TOPIC],
  owns: ['survey_points'],
  alsoWrites: ['results'],
  description: 'Published survey results (par.surveys.v1): survey points of survey-measured items; recomputes the cycle',
  handle: evolvingHandler(RANKING_SCHEMA, surveyPointsEvolution),
};
