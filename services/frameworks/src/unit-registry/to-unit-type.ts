import type { RegistryUnitView } from '@par/frameworks-catalog';
import type { UnitType } from '../read-catalog/catalog.types';
import type { UnitKind } from './unit-kind.enum';

export const toUnitType = (u: RegistryUnitView): UnitType => ({
  id: u.unitId,
  name: u.name,
  unitType: u.unitType,
  parentUnitId: u.parentUnitId,
  code: u.code,
  kind: u.kind as UnitKind,
  validFrom: u.validFrom,
  validTo: u.validTo,
});
