import type { ProjectionSpec } from '@par/projections';
import { catalogProjection } from '@par/frameworks-catalog';
import { ASSESSMENTS_TOPIC, type ScoreRecordedV1 } from '@par/assessments-contracts';
import { REPORTING_SCHEMA } from './reporting.tokens';

/**
 * The reporting service's projections (used by ReportingModule and by `par projections rebuild`).
 * `reporting.catalog` owns the catalog tables of schema `reporting`; `reporting.scores` owns `scores`.
 */
export const reportingProjections: readonly ProjectionSpec[] = [
  catalogProjection(REPORTING_SCHEMA, 'Frameworks, units and cycles from par.frameworks.v1'),
  {
    name: 'scores',
    topics: [ASSESSMENTS_TOPIC],
    owns: ['scores'],
    description: 'Self and appraised scores with the appraisal reason (lost-points report)',
    handle: async (tx, m) => {
      const e = m.value as ScoreRecordedV1;
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
    },
  },
];
