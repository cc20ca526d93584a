import type { Sql } from '@par/database';
import type { CyclePhaseV1 } from '@par/frameworks-contracts';
import type { CatalogCycle, CatalogUnit } from './catalog.queries';

export interface CatalogCycleSchedule {
  phases: { phase: CyclePhaseV1; startDate: string; deadline: string }[];
  currentPhase: CyclePhaseV1 | null;
  phaseChangedAt: string | null;
}

/** A cycle's phases and the phase it was last advanced to (empty before `setCyclePhases`). */
export async function findCycleSchedule(tx: Sql, schema: string, province: string, cycleId: string): Promise<CatalogCycleSchedule> {
  const { rows } = await tx.query<CatalogCycleSchedule>(
    `SELECT COALESCE(phases, '[]'::jsonb) AS phases, current_phase AS "currentPhase", phase_changed_at AS "phaseChangedAt"
       FROM ${schema}.catalog_cycle_phases WHERE province = $1 AND cycle_id = $2`,
    [province, cycleId],
  );
  return rows[0] ?? { phases: [], currentPhase: null, phaseChangedAt: null };
}

/**
 * THE one place where "units in force on a date" is written. Today the catalog's units have no effective dates,
 * so every registered unit is in force; the unit registry's validity (valid from/to) goes here, as a predicate
 * on the `u` alias with the date as parameter `$asOf` (the caller passes it).
 */
const unitsInForceAsOf = (_asOfParam: string): string => 'TRUE';

/** The units assessed in a cycle: the registry's units of the cycle's unit type as of its reference date. */
export async function listCycleUnits(
  tx: Sql,
  schema: string,
  province: string,
  cycle: Pick<CatalogCycle, 'unitType' | 'referenceDate' | 'year'>,
): Promise<CatalogUnit[]> {
  const asOf = cycle.referenceDate ?? `${cycle.year}-01-01`;
  const { rows } = await tx.query<CatalogUnit>(
    `SELECT u.unit_id AS "unitId", u.name, u.unit_type AS "unitType", u.parent_unit_id AS "parentUnitId"
       FROM ${schema}.catalog_units u
      WHERE u.province = $1 AND u.unit_type = $2 AND ${unitsInForceAsOf('$3')} AND $3::text IS NOT NULL
      ORDER BY u.unit_id`,
    [province, cycle.unitType, asOf],
  );
  return rows;
}
