import type { Sql } from '@par/database';
import type { CyclePhaseV1 } from '@par/frameworks-contracts';
import type { CatalogCycle, CatalogUnit } from './catalog.queries';
import { listRegistryUnits } from './unit-registry.queries';

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
 * The units assessed in a cycle: the registry's units of the cycle's unit type valid on its reference date
 * (1 January of its year when none is set), named as of that date — "units in force on a date" is written once,
 * in `listRegistryUnits`, with the validity ends that lineage (mergers, splits, dissolutions) implies.
 */
export async function listCycleUnits(
  tx: Sql,
  schema: string,
  province: string,
  cycle: Pick<CatalogCycle, 'unitType' | 'referenceDate' | 'year'>,
): Promise<CatalogUnit[]> {
  const asOf = cycle.referenceDate ?? `${cycle.year}-01-01`;
  const units = await listRegistryUnits(tx, schema, province, { asOf });
  return units
    .filter((u) => u.unitType === cycle.unitType)
    .map(({ unitId, name, unitType, parentUnitId }) => ({ unitId, name, unitType, parentUnitId }));
}
