import { assertIdent, type Sql } from '@par/database';
import type { UnitProgress } from './unit-progress.evolve';

const COLUMNS = `province, cycle_id AS "cycleId", unit_id AS "unitId", self_codes AS "selfCodes", appraised_codes AS "appraisedCodes",
  not_applicable_codes AS "notApplicableCodes", open_explanations AS "openExplanations", submitted_at AS "submittedAt",
  finalized_at AS "finalizedAt", last_event_at AS "lastEventAt"`;

/** The stored progress of the units of a cycle (all, or the given ones), inside `db.withProvince(...)`. */
export async function readUnitProgress(
  tx: Sql,
  schema: string,
  province: string,
  cycleId: string,
  unitIds?: readonly string[],
): Promise<UnitProgress[]> {
  const s = assertIdent(schema, 'schema name');
  const { rows } = await tx.query<UnitProgress>(
    `SELECT ${COLUMNS} FROM ${s}.unit_progress
      WHERE province = $1 AND cycle_id = $2 AND ($3::text[] IS NULL OR unit_id = ANY($3::text[])) ORDER BY unit_id`,
    [province, cycleId, unitIds ? [...unitIds] : null],
  );
  return rows;
}
