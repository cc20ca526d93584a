import type { Sql } from '@par/database';
import type { ProjectionSpec } from '@par/projections';
import { catalogProjection } from '@par/frameworks-catalog';
import { ASSESSMENTS_TOPIC, type AssessmentsEventV1, type NotApplicableChangedV1, type ScoreRecordedV1 } from '@par/assessments-contracts';
import { REPORTING_SCHEMA } from './reporting.tokens';
import { reportingSurveyPointsProjection } from './survey-points/survey-points.projection';
import { reportingRankingVersionsProjection } from './ranking-versions/ranking-versions.projection';

async function applyScore(tx: Sql, e: ScoreRecordedV1): Promise<void> {
  const set =
    e.kind === 'self'
      ? 'self_score = EXCLUDED.self_score'
      : 'appraised_score = EXCLUDED.appraised_score, appraisal_reason = EXCLUDED.appraisal_reason';
  await tx.query(
    `INSERT INTO ${REPORTING_SCHEMA}.scores (province, cycle_id, unit_id, code, self_score, appraised_score, appraisal_reason)
     VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT (province, cycle_id, unit_id, code) DO UPDATE SET ${set}`,
    [
      e.province,
      e.cycleId,
      e.unitId,
      e.subCriterionCode,
      e.kind === 'self' ? e.score : null,
      e.kind === 'appraised' ? e.score : null,
      e.kind === 'appraised' ? e.reason : null,
    ],
  );
}

async function applyNotApplicable(tx: Sql, e: NotApplicableChangedV1): Promise<void> {
  const key = [e.province, e.cycleId, e.unitId, e.code];
  if (!e.notApplicable) {
    await tx.query(
      `DELETE FROM ${REPORTING_SCHEMA}.not_applicable WHERE province = $1 AND cycle_id = $2 AND unit_id = $3 AND code = $4`,
      key,
    );
    return;
  }
  await tx.query(
    `INSERT INTO ${REPORTING_SCHEMA}.not_applicable (province, cycle_id, unit_id, code, reason) VALUES ($1,$2,$3,$4,$5)
     ON CONFLICT (province, cycle_id, unit_id, code) DO UPDATE SET reason = EXCLUDED.reason`,
    [...key, e.reason],
  );
}

/**
 * The reporting service's projections (used by ReportingModule and by `par projections rebuild`).
 * `reporting.catalog` owns the catalog tables of schema `reporting`; `reporting.scores` owns `scores` and
 * `not_applicable`; `reporting.survey-points` owns `survey_points`; `reporting.ranking-versions` owns `ranking_versions`.
 */
export const reportingProjections: readonly ProjectionSpec[] = [
  catalogProjection(REPORTING_SCHEMA, 'Frameworks, units and cycles from par.frameworks.v1'),
  {
    name: 'scores',
    topics: [ASSESSMENTS_TOPIC],
    owns: ['scores', 'not_applicable'],
    description: 'Self and appraised scores with the appraisal reason, and not-applicable declarations (lost points)',
    handle: async (tx, m) => {
      const e = m.value as AssessmentsEventV1;
      if (e.type === 'ScoreRecorded') await applyScore(tx, e);
      else if (e.type === 'NotApplicableChanged') await applyNotApplicable(tx, e);
    },
  },
  reportingSurveyPointsProjection,
  reportingRankingVersionsProjection,
];
