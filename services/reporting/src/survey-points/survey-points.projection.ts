import { evolvingHandler, upsert, type EvolvingProjection, type ProjectionSpec, type RowChange } from '@par/projections';
import { SURVEYS_TOPIC, type SurveysEventV1 } from '@par/surveys-contracts';
import { REPORTING_SCHEMA } from '../reporting.tokens';

/** Primary key of `reporting.survey_points`: one row per unit and survey-measured node of a cycle. */
export const SURVEY_POINTS_KEYS = { survey_points: ['province', 'cycle_id', 'unit_id', 'code'] };

/**
 * Pure: a campaign's published results replace the survey points of its units and nodes (a later result version
 * of the campaign replaces an earlier one; the row keeps the campaign and version it came from, so a report can say
 * where its survey points come from). Other surveys contracts change nothing here.
 */
export function evolveReportingSurveyPoints(_: unknown, e: SurveysEventV1): RowChange[] {
  if (e.type !== 'SurveyResultsPublished') return [];
  return e.results.map((r) =>
    upsert('survey_points', {
      province: e.province,
      cycle_id: e.cycleId,
      unit_id: r.unitId,
      code: r.code,
      campaign_id: e.campaignId,
      result_version: e.resultVersion,
      rate: r.rate,
      points: r.points,
      responses: r.responses,
      last_event_id: e.eventId,
    }),
  );
}

export const reportingSurveyPointsEvolution: EvolvingProjection<SurveysEventV1, undefined> = {
  tables: SURVEY_POINTS_KEYS,
  decode: (m) => m.value as SurveysEventV1,
  load: async () => undefined,
  evolve: evolveReportingSurveyPoints,
};

/** `reporting.survey-points`: published survey results (par.surveys.v1) → the survey points the reports print. */
export const reportingSurveyPointsProjection: ProjectionSpec = {
  name: 'survey-points',
  topics: [SURVEYS_TOPIC],
  owns: ['survey_points'],
  description: 'Published survey results (par.surveys.v1): survey and satisfaction points per unit and node, with rate and responses',
  handle: evolvingHandler(REPORTING_SCHEMA, reportingSurveyPointsEvolution),
};
