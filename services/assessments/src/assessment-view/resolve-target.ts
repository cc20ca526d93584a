import { NotFoundError, ValidationError, type RequestContext } from '@par/kernel';
import type { Database } from '@par/database';
import { findCycle, findFramework, findUnit } from '@par/frameworks-catalog';
import type { ScoringItemRef } from '@par/assessments-domain';
import { ASSESSMENTS_SCHEMA } from '../assessments.tokens';

/** Looks up the cycle, the framework version it is pinned to, the unit and the item being scored. */
export async function resolveTarget(db: Database, ctx: RequestContext, cycleId: string, unitId: string, code: string) {
  return db.withProvince(ctx.province, async (tx) => {
    const cycle = await findCycle(tx, ASSESSMENTS_SCHEMA, ctx.province, cycleId);
    if (!cycle) {
      throw new NotFoundError(
        'UNKNOWN_CYCLE',
        `Không tìm thấy kỳ đánh giá "${cycleId}".`,
        `Cycle ${cycleId} not found in province ${ctx.province}`,
      );
    }
    const unit = await findUnit(tx, ASSESSMENTS_SCHEMA, ctx.province, unitId);
    if (!unit) {
      throw new NotFoundError('UNKNOWN_UNIT', `Không tìm thấy đơn vị "${unitId}".`, `Unit ${unitId} not found in province ${ctx.province}`);
    }
    if (unit.unitType !== cycle.unitType) {
      throw new ValidationError({
        code: 'UNIT_NOT_IN_CYCLE',
        messageVi: `Đơn vị "${unit.name}" không thuộc đối tượng của kỳ đánh giá "${cycle.name}".`,
        detail: `Unit type ${unit.unitType} differs from cycle unit type ${cycle.unitType}`,
      });
    }
    const framework = await findFramework(tx, ASSESSMENTS_SCHEMA, ctx.province, cycle.frameworkId, cycle.frameworkVersion);
    const found = framework?.items.find((i) => i.code === code);
    const item: ScoringItemRef | undefined = found && {
      code: found.code,
      name: found.name,
      maxPoints: found.maxPoints,
      method: found.method,
      ...(found.step !== undefined && { step: found.step }),
    };
    return { cycle, unit, item };
  });
}
