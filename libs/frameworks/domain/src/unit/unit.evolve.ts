import { dayBefore } from './unit.dates';
import { LEVEL_OF_KIND, type RegistryUnit, type UnitEvent, type UnitKind, type UnitState } from './unit.types';

/** The kind of a unit registered before kinds existed, from its level (`district`, `commune`, `department`). */
export function kindOfLevel(unitType: string): UnitKind | undefined {
  return ({ district: 'DISTRICT', commune: 'COMMUNE', department: 'DEPARTMENT' } as Record<string, UnitKind>)[unitType];
}

const endAt = (u: RegistryUnit, lastDay: string): RegistryUnit =>
  u.validTo !== null && u.validTo <= lastDay ? u : { ...u, validTo: lastDay };

function withUnits(state: UnitState, ids: readonly string[], change: (u: RegistryUnit) => RegistryUnit): UnitState['units'] {
  const units = { ...state.units };
  for (const id of ids) if (units[id]) units[id] = change(units[id]);
  return units;
}

/** Pure: the registry after one event. */
export function evolveUnits(state: UnitState, event: UnitEvent): UnitState {
  switch (event.type) {
    case 'UnitRegistered': {
      const d = event.data;
      const kind = d.kind ?? kindOfLevel(d.unitType) ?? 'COMMUNE';
      const unit: RegistryUnit = {
        unitId: d.unitId,
        code: d.code ?? null,
        kind,
        unitType: d.unitType || LEVEL_OF_KIND[kind],
        parentUnitId: d.parentUnitId,
        validFrom: d.validFrom ?? null,
        validTo: d.validTo ?? null,
        names: [{ from: null, name: d.name }],
      };
      return { ...state, units: { ...state.units, [d.unitId]: unit } };
    }
    case 'UnitsMerged': {
      const last = dayBefore(event.data.effectiveDate);
      return { units: withUnits(state, event.data.predecessorIds, (u) => endAt(u, last)), lineage: [...state.lineage, event] };
    }
    case 'UnitSplit': {
      const last = dayBefore(event.data.effectiveDate);
      return { units: withUnits(state, [event.data.predecessorId], (u) => endAt(u, last)), lineage: [...state.lineage, event] };
    }
    case 'UnitDissolved': {
      const last = dayBefore(event.data.effectiveDate);
      return { units: withUnits(state, [event.data.unitId], (u) => endAt(u, last)), lineage: [...state.lineage, event] };
    }
    case 'UnitRenamed': {
      const { unitId, name, effectiveDate } = event.data;
      const rename = (u: RegistryUnit): RegistryUnit => ({ ...u, names: [...u.names, { from: effectiveDate, name }] });
      return { units: withUnits(state, [unitId], rename), lineage: [...state.lineage, event] };
    }
    default:
      return state;
  }
}

/** The unit's name in force on a date (the latest renaming at or before it). */
export function nameOn(unit: RegistryUnit, date: string | null): string {
  let name = unit.names[0]!.name;
  for (const n of unit.names) if (n.from === null || (date !== null && n.from <= date)) name = n.name;
  return name;
}
