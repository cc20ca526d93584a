import type { Sql } from '@par/database';
import type { ScoringItemV1 } from '@par/frameworks-contracts';

export interface CatalogCycle {
  cycleId: string;
  name: string;
  year: number;
  unitType: string;
  frameworkId: string;
  frameworkVersion: number;
  /** The units of the cycle are the registry's as of this date; null for cycles opened before it was recorded. */
  referenceDate?: string | null;
}
export interface CatalogFramework {
  frameworkId: string;
  frameworkVersion: number;
  name: string;
  unitType: string;
  totalMax: number;
  components: { code: string; name: string; maxPoints: number }[];
  items: ScoringItemV1[];
  definition: unknown;
  /** From `FrameworkPublished` v2; null for versions published before the lifecycle (v1 messages). */
  decision?: { number: string; date: string } | null;
  validFrom?: string | null;
  validTo?: string | null;
  amends?: { fromVersion: number; decision: { number: string; date: string } } | null;
}
export interface CatalogUnit {
  unitId: string;
  name: string;
  unitType: string;
  parentUnitId: string | null;
  /** Official code, kind and validity (`YYYY-MM-DD`, inclusive; null = open); see unit-registry.queries.ts. */
  code?: string | null;
  kind?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

/**
 * Reads run inside `db.withProvince(...)`: row-level security limits them to the session's province, and
 * every query also names the province explicitly (defence in depth; province first in every key).
 */
export async function findCycle(tx: Sql, schema: string, province: string, cycleId: string): Promise<CatalogCycle | undefined> {
  const { rows } = await tx.query<CatalogCycle>(
    `SELECT cycle_id AS "cycleId", name, year, unit_type AS "unitType", framework_id AS "frameworkId",
            framework_version AS "frameworkVersion", reference_date AS "referenceDate" FROM ${schema}.catalog_cycles WHERE province = $1 AND cycle_id = $2`,
    [province, cycleId],
  );
  return rows[0];
}

export async function findFramework(
  tx: Sql,
  schema: string,
  province: string,
  id: string,
  version: number,
): Promise<CatalogFramework | undefined> {
  const { rows } = await tx.query<CatalogFramework & { totalMax: string }>(
    `SELECT framework_id AS "frameworkId", framework_version AS "frameworkVersion", name, unit_type AS "unitType",
            total_max::text AS "totalMax", components, items, definition,
            decision, valid_from AS "validFrom", valid_to AS "validTo", amends
       FROM ${schema}.catalog_frameworks WHERE province = $1 AND framework_id = $2 AND framework_version = $3`,
    [province, id, version],
  );
  const r = rows[0];
  return r && { ...r, totalMax: Number(r.totalMax) };
}

export async function findUnit(tx: Sql, schema: string, province: string, unitId: string): Promise<CatalogUnit | undefined> {
  return (await listUnits(tx, schema, province, unitId))[0];
}

export async function listUnits(tx: Sql, schema: string, province: string, unitId?: string): Promise<CatalogUnit[]> {
  const { rows } = await tx.query<CatalogUnit>(
    `SELECT unit_id AS "unitId", name, unit_type AS "unitType", parent_unit_id AS "parentUnitId"
       FROM ${schema}.catalog_units WHERE province = $1 ${unitId ? 'AND unit_id = $2' : ''} ORDER BY unit_id`,
    unitId ? [province, unitId] : [province],
  );
  return rows;
}
