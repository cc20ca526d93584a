import type { Sql } from '@par/database';
import type { FrameworksEventV1, UnitRegistryEventV1 } from '@par/frameworks-contracts';
import { applyRowChanges, upsert, type ColumnValue, type EvolvingProjection, type RowChange, type TableKeys } from '@par/projections';
import type { CatalogCycle, CatalogFramework, CatalogUnit } from './catalog.queries';

/** Primary keys of the catalog tables (province first). */
export const CATALOG_TABLE_KEYS: TableKeys = {
  catalog_frameworks: ['province', 'framework_id', 'framework_version'],
  catalog_units: ['province', 'unit_id'],
  catalog_cycles: ['province', 'cycle_id'],
  catalog_cycle_phases: ['province', 'cycle_id'],
  catalog_unit_lineage: ['province', 'kind', 'predecessor_id', 'successor_id', 'effective_date'],
};

/** The part of the catalog one event touches: whether the row of its key is already stored. */
export interface CatalogRowState {
  readonly stored: boolean;
}

/** The framework as the catalog stores it, from its published event. */
export function frameworkFromEvent(e: Extract<FrameworksEventV1, { type: 'FrameworkPublished' }>): CatalogFramework {
  return {
    frameworkId: e.frameworkId,
    frameworkVersion: e.frameworkVersion,
    name: e.name,
    unitType: e.unitType,
    totalMax: e.totalMaxPoints,
    components: e.components,
    items: e.items,
    definition: e.definition,
    ...(e.version === 2 && { decision: e.decision, validFrom: e.validFrom, validTo: e.validTo, amends: e.amends }),
  };
}

/** A published frameworks event as the catalog reads it (unit registrations in v1 or v2). */
export type CatalogEvent = FrameworksEventV1 | UnitRegistryEventV1;

const KIND_OF_LEVEL: Record<string, string> = { district: 'DISTRICT', commune: 'COMMUNE', department: 'DEPARTMENT' };

export function unitFromEvent(e: Extract<CatalogEvent, { type: 'UnitRegistered' }>): CatalogUnit {
  const v2 = e.version === 2 ? e : undefined;
  return {
    unitId: e.unitId,
    name: e.name,
    unitType: e.unitType,
    parentUnitId: e.parentUnitId,
    code: v2?.code ?? null,
    kind: v2?.kind ?? KIND_OF_LEVEL[e.unitType] ?? 'COMMUNE',
    validFrom: v2?.validFrom ?? null,
    validTo: v2?.validTo ?? null,
  };
}

export function cycleFromEvent(e: Extract<FrameworksEventV1, { type: 'CycleOpened' }>): CatalogCycle {
  const { cycleId, name, year, unitType, frameworkId, frameworkVersion } = e;
  return { cycleId, name, year, unitType, frameworkId, frameworkVersion, ...(e.version === 2 && { referenceDate: e.referenceDate }) };
}

/**
 * Pure: the catalog changes of one published frameworks event. A framework version and a cycle are written once
 * (a later event with the same key changes nothing); a unit's registration replaces its name, type and parent.
 */
export function evolveCatalog(state: CatalogRowState, event: CatalogEvent): RowChange[] {
  switch (event.type) {
    case 'FrameworkPublished':
      return state.stored ? [] : [frameworkRow(event)];
    case 'UnitRegistered':
      return [unitRow(event)];
    case 'UnitsMerged':
    case 'UnitSplit':
    case 'UnitRenamed':
    case 'UnitDissolved':
      return lineageRows(event);
    case 'CycleOpened':
      return state.stored ? [] : [cycleRow(event)];
    case 'CyclePhasesSet':
      return [
        upsert('catalog_cycle_phases', {
          province: event.province,
          cycle_id: event.cycleId,
          phases: event.phases as unknown as ColumnValue,
        }),
      ];
    case 'CyclePhaseAdvanced':
      return [
        upsert('catalog_cycle_phases', {
          province: event.province,
          cycle_id: event.cycleId,
          current_phase: event.to,
          phase_changed_at: event.at,
        }),
      ];
    default:
      return [];
  }
}

function frameworkRow(event: Extract<CatalogEvent, { type: 'FrameworkPublished' }>): RowChange {
  const f = frameworkFromEvent(event);
  return upsert('catalog_frameworks', {
    province: event.province,
    framework_id: f.frameworkId,
    framework_version: f.frameworkVersion,
    name: f.name,
    unit_type: f.unitType,
    total_max: f.totalMax,
    components: f.components,
    items: f.items as unknown as ColumnValue,
    definition: f.definition as ColumnValue,
    ...(event.version === 2 && {
      decision: event.decision as unknown as ColumnValue,
      valid_from: event.validFrom,
      valid_to: event.validTo,
      amends: event.amends as unknown as ColumnValue,
    }),
  });
}

function unitRow(event: Extract<CatalogEvent, { type: 'UnitRegistered' }>): RowChange {
  const u = unitFromEvent(event);
  return upsert('catalog_units', {
    province: event.province,
    unit_id: u.unitId,
    name: u.name,
    unit_type: u.unitType,
    parent_unit_id: u.parentUnitId,
    code: u.code ?? null,
    kind: u.kind ?? null,
    valid_from: u.validFrom ?? null,
    valid_to: u.validTo ?? null,
  });
}

function cycleRow(event: Extract<CatalogEvent, { type: 'CycleOpened' }>): RowChange {
  const c = cycleFromEvent(event);
  return upsert('catalog_cycles', {
    province: event.province,
    cycle_id: c.cycleId,
    name: c.name,
    year: c.year,
    unit_type: c.unitType,
    framework_id: c.frameworkId,
    framework_version: c.frameworkVersion,
    ...(c.referenceDate && { reference_date: c.referenceDate }),
  });
}

/** The lineage rows of one event (one per predecessor → successor pair; a renaming is the unit to itself). */
export function lineageRows(
  e: Extract<CatalogEvent, { version: 1; type: 'UnitsMerged' | 'UnitSplit' | 'UnitRenamed' | 'UnitDissolved' }>,
): RowChange[] {
  const row = (kind: string, predecessor: string, successor: string, extra: Record<string, ColumnValue> = {}) =>
    upsert('catalog_unit_lineage', {
      province: e.province,
      kind,
      effective_date: e.effectiveDate,
      predecessor_id: predecessor,
      successor_id: successor,
      decision: e.decision as unknown as ColumnValue,
      share: null,
      previous_name: null,
      name: null,
      ...extra,
    });
  switch (e.type) {
    case 'UnitsMerged':
      return e.predecessorIds.map((p) => row('merged', p, e.successorId));
    case 'UnitSplit':
      return e.successors.map((s) => row('split', e.predecessorId, s.unitId, { share: s.share }));
    case 'UnitRenamed':
      return [row('renamed', e.unitId, e.unitId, { previous_name: e.previousName, name: e.name })];
    case 'UnitDissolved':
      return [row('dissolved', e.unitId, '')];
  }
}

/** Reads whether the row the event's key names is stored (units are always rewritten: nothing to read). */
export async function loadCatalogRow(tx: Sql, schema: string, event: CatalogEvent): Promise<CatalogRowState> {
  const probe =
    event.type === 'FrameworkPublished'
      ? {
          sql: `SELECT 1 FROM ${schema}.catalog_frameworks WHERE province = $1 AND framework_id = $2 AND framework_version = $3`,
          params: [event.frameworkId, event.frameworkVersion],
        }
      : event.type === 'CycleOpened'
        ? { sql: `SELECT 1 FROM ${schema}.catalog_cycles WHERE province = $1 AND cycle_id = $2`, params: [event.cycleId] }
        : null;
  if (!probe) return { stored: false };
  const { rows } = await tx.query(probe.sql, [event.province, ...probe.params]);
  return { stored: rows.length > 0 };
}

/** The catalog projection as load → evolve → write (every consuming service runs it into its own schema). */
export const catalogEvolution: EvolvingProjection<CatalogEvent, CatalogRowState> = {
  tables: CATALOG_TABLE_KEYS,
  decode: (m) => m.value as CatalogEvent,
  load: loadCatalogRow,
  evolve: evolveCatalog,
};

/** Applies one published frameworks event to the catalog tables of `schema` (inside the consumer's transaction). */
export async function applyCatalogEvent(tx: Sql, schema: string, event: CatalogEvent): Promise<void> {
  await applyRowChanges(tx, schema, CATALOG_TABLE_KEYS, evolveCatalog(await loadCatalogRow(tx, schema, event), event));
}
