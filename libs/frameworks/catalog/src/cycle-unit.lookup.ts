import { NotFoundError, ValidationError } from '@par/kernel';
import type { Sql } from '@par/database';
import { findCycle, findUnit, type CatalogCycle, type CatalogUnit } from './catalog.queries';

/** A cycle and one unit assessed in it, both from the consuming service's catalog. */
export interface CycleUnit {
  readonly cycle: CatalogCycle;
  readonly unit: CatalogUnit;
}

/**
 * The one lookup of "this unit in this cycle", with its errors: `UNKNOWN_CYCLE`, `UNKNOWN_UNIT`, and
 * `UNIT_NOT_IN_CYCLE` when the unit is not of the cycle's unit type. Runs inside `db.withProvince(...)`.
 */
export async function findCycleUnit(tx: Sql, schema: string, province: string, cycleId: string, unitId: string): Promise<CycleUnit> {
  const cycle = await findCycle(tx, schema, province, cycleId);
  if (!cycle) {
    throw new NotFoundError(
      'UNKNOWN_CYCLE',
      `Không tìm thấy kỳ đánh giá "${cycleId}".`,
      `Cycle ${cycleId} not found in province ${province}`,
    );
  }
  const unit = await findUnit(tx, schema, province, unitId);
  if (!unit) {
    throw new NotFoundError('UNKNOWN_UNIT', `Không tìm thấy đơn vị "${unitId}".`, `Unit ${unitId} not found in province ${province}`);
  }
  if (unit.unitType !== cycle.unitType) {
    throw new ValidationError({
      code: 'UNIT_NOT_IN_CYCLE',
      messageVi: `Đơn vị "${unit.name}" không thuộc đối tượng của kỳ đánh giá "${cycle.name}".`,
      detail: `Unit type ${unit.unitType} differs from cycle unit type ${cycle.unitType}`,
    });
  }
  return { cycle, unit };
}
