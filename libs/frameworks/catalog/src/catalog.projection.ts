import type { Sql } from '@par/database';
import type { FrameworksEventV1 } from '@par/frameworks-contracts';

/** Applies one published frameworks event to the catalog tables of `schema` (inside the consumer's transaction). */
export async function applyCatalogEvent(tx: Sql, schema: string, event: FrameworksEventV1): Promise<void> {
  switch (event.type) {
    case 'FrameworkPublished':
      await tx.query(
        `INSERT INTO ${schema}.catalog_frameworks
           (province, framework_id, framework_version, name, unit_type, total_max, components, items, definition)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (province, framework_id, framework_version) DO NOTHING`,
        [
          event.province,
          event.frameworkId,
          event.frameworkVersion,
          event.name,
          event.unitType,
          event.totalMaxPoints,
          JSON.stringify(event.components),
          JSON.stringify(event.items),
          JSON.stringify(event.definition),
        ],
      );
      return;
    case 'UnitRegistered':
      await tx.query(
        `INSERT INTO ${schema}.catalog_units (province, unit_id, name, unit_type, parent_unit_id) VALUES ($1,$2,$3,$4,$5)
         ON CONFLICT (province, unit_id) DO UPDATE SET name = EXCLUDED.name, unit_type = EXCLUDED.unit_type,
           parent_unit_id = EXCLUDED.parent_unit_id`,
        [event.province, event.unitId, event.name, event.unitType, event.parentUnitId],
      );
      return;
    case 'CycleOpened':
      await tx.query(
        `INSERT INTO ${schema}.catalog_cycles (province, cycle_id, name, year, unit_type, framework_id, framework_version)
         VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT (province, cycle_id) DO NOTHING`,
        [event.province, event.cycleId, event.name, event.year, event.unitType, event.frameworkId, event.frameworkVersion],
      );
      return;
  }
}
