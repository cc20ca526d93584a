import { NotFoundError } from '@par/kernel';
import type { Sql } from '@par/database';
import { findCycleUnit, findFramework } from '@par/frameworks-catalog';
import type { Framework } from '@par/scoring';
import type { LostPointsInput } from './appraised-lost-points';
import { REPORTING_SCHEMA } from '../reporting.tokens';

/**
 * What both lost-points reads need, from the reporting read model: the cycle and unit (`findCycleUnit`), the
 * pinned framework, the unit's effective scores with the appraisal reasons and its not-applicable codes.
 * Runs inside `db.withProvince(...)`.
 */
export async function loadLostPointsSource(
  tx: Sql,
  province: string,
  cycleId: string,
  unitId: string,
): Promise<{ framework: Framework; input: LostPointsInput }> {
  const { cycle, unit } = await findCycleUnit(tx, REPORTING_SCHEMA, province, cycleId, unitId);
  const fw = await findFramework(tx, REPORTING_SCHEMA, province, cycle.frameworkId, cycle.frameworkVersion);
  if (!fw) {
    throw new NotFoundError(
      'REPORT_SOURCE_MISSING',
      'Chưa có đủ dữ liệu để lập báo cáo (bộ tiêu chí chưa được đồng bộ).',
      `Framework ${cycle.frameworkId} v${cycle.frameworkVersion} not yet in the reporting read model`,
    );
  }
  const { rows } = await tx.query<{ code: string; score: string | null; reason: string | null }>(
    `SELECT code, COALESCE(appraised_score, self_score)::text AS score, appraisal_reason AS reason
       FROM ${REPORTING_SCHEMA}.scores WHERE province = $1 AND cycle_id = $2 AND unit_id = $3`,
    [province, cycleId, unitId],
  );
  const na = await tx.query<{ code: string }>(
    `SELECT code FROM ${REPORTING_SCHEMA}.not_applicable WHERE province = $1 AND cycle_id = $2 AND unit_id = $3 ORDER BY code`,
    [province, cycleId, unitId],
  );
  const scores = new Map(rows.filter((r) => r.score !== null).map((r) => [r.code, { score: Number(r.score), reason: r.reason }]));
  return {
    framework: fw.definition as Framework,
    input: { unitId, unitName: unit.name, cycleName: cycle.name, scores, notApplicable: na.rows.map((r) => r.code) },
  };
}
