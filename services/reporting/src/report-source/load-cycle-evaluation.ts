import { NotFoundError } from '@par/kernel';
import type { Sql } from '@par/database';
import { findFramework, listCycleUnits, type CatalogCycle } from '@par/frameworks-catalog';
import { evaluateCycle, subordinatesOf, type Framework } from '@par/scoring';
import type { YearResult } from '@par/reporting-documents';
import { REPORTING_SCHEMA } from '../reporting.tokens';
import { cycleResults, surveyNote, withSurveyPoints, type ScoreRow } from './cycle-results';

const CYCLE_COLUMNS = `cycle_id AS "cycleId", name, year, unit_type AS "unitType", framework_id AS "frameworkId",
  framework_version AS "frameworkVersion", reference_date AS "referenceDate"`;

/** The province's cycles of one unit type, oldest first (the years on record). Runs inside `db.withProvince`. */
export async function listCyclesOfType(tx: Sql, province: string, unitType: string): Promise<CatalogCycle[]> {
  const { rows } = await tx.query<CatalogCycle>(
    `SELECT ${CYCLE_COLUMNS} FROM ${REPORTING_SCHEMA}.catalog_cycles WHERE province = $1 AND unit_type = $2 ORDER BY year, cycle_id`,
    [province, unitType],
  );
  return rows;
}

async function frameworkOf(tx: Sql, province: string, cycle: CatalogCycle): Promise<Framework> {
  const fw = await findFramework(tx, REPORTING_SCHEMA, province, cycle.frameworkId, cycle.frameworkVersion);
  if (!fw) {
    throw new NotFoundError(
      'REPORT_SOURCE_MISSING',
      'Chưa có đủ dữ liệu để lập báo cáo (bộ tiêu chí chưa được đồng bộ).',
      `Framework ${cycle.frameworkId} v${cycle.frameworkVersion} not yet in the reporting read model`,
    );
  }
  return fw.definition as Framework;
}

/** A cycle's score rows (published survey points replacing any typed row of their node) and not-applicable nodes. */
async function readScores(tx: Sql, province: string, cycleId: string) {
  const scores = await tx.query<{ unitId: string; code: string; self: string | null; appraised: string | null; reason: string | null }>(
    `SELECT unit_id AS "unitId", code, self_score::text AS self, appraised_score::text AS appraised, appraisal_reason AS reason
       FROM ${REPORTING_SCHEMA}.scores WHERE province = $1 AND cycle_id = $2`,
    [province, cycleId],
  );
  const na = await tx.query<{ unitId: string; code: string }>(
    `SELECT unit_id AS "unitId", code FROM ${REPORTING_SCHEMA}.not_applicable WHERE province = $1 AND cycle_id = $2 ORDER BY unit_id, code`,
    [province, cycleId],
  );
  const survey = await tx.query<{ unitId: string; code: string; points: string }>(
    `SELECT unit_id AS "unitId", code, points::text AS points FROM ${REPORTING_SCHEMA}.survey_points WHERE province = $1 AND cycle_id = $2`,
    [province, cycleId],
  );
  const num = (v: string | null) => (v === null ? null : Number(v));
  const rows: ScoreRow[] = scores.rows.map((r) => ({ ...r, self: num(r.self), appraised: num(r.appraised) }));
  const surveyPoints = survey.rows.map((r) => ({ ...r, points: Number(r.points) }));
  return { rows: withSurveyPoints(rows, surveyPoints), notApplicable: na.rows };
}

/** The same year's cycle of the subordinate unit type (communes of a district cycle), evaluated, for class adjustments. */
async function subordinateClasses(tx: Sql, province: string, cycle: CatalogCycle, fw: Framework) {
  const rule = fw.classification.adjustments?.find((a) => a.type === 'subordinate-share');
  if (!rule) return undefined;
  const sub = (await listCyclesOfType(tx, province, rule.subordinateUnitType)).find((c) => c.year === cycle.year);
  if (!sub) return undefined;
  const evaluated = await evaluateCatalogCycle(tx, province, sub, false);
  return subordinatesOf(evaluated.evaluation);
}

/**
 * A cycle of the reporting read model evaluated by the scoring engine: its framework, its units (the registry's as of
 * the cycle's reference date), every unit's scores; ranks, classes (with the subordinate rule when the same year's
 * subordinate cycle exists) and leaves. Runs inside `db.withProvince(...)`: row-level security keeps it in the province.
 */
export async function evaluateCatalogCycle(
  tx: Sql,
  province: string,
  cycle: CatalogCycle,
  withSubordinates = true,
): Promise<YearResult & { notes: string[] }> {
  const framework = await frameworkOf(tx, province, cycle);
  const units = await listCycleUnits(tx, REPORTING_SCHEMA, province, cycle);
  const { rows, notApplicable } = await readScores(tx, province, cycle.cycleId);
  const { results, status } = cycleResults(framework, units, rows, notApplicable);
  const subordinates = withSubordinates ? await subordinateClasses(tx, province, cycle, framework) : undefined;
  const evaluation = evaluateCycle(framework, results, { includeLeaves: true, ...(subordinates && { subordinates }) });
  return {
    cycle: { id: cycle.cycleId, name: cycle.name, year: cycle.year, unitType: cycle.unitType },
    framework,
    evaluation,
    notes: surveyNote(status),
  };
}
