import { NotFoundError, type RequestContext } from '@par/kernel';
import type { Database } from '@par/database';
import { findCycle, listCycleUnits } from '@par/frameworks-catalog';
import { ASSESSMENTS_SCHEMA } from '../assessments.tokens';

/** The ids of the units assessed in a cycle (the registry's as of its reference date); UNKNOWN_CYCLE when there is none. */
export async function cycleUnitIds(db: Database, ctx: RequestContext, cycleId: string): Promise<string[]> {
  return db.withProvince(ctx.province, async (tx) => {
    const cycle = await findCycle(tx, ASSESSMENTS_SCHEMA, ctx.province, cycleId);
    if (!cycle) {
      throw new NotFoundError(
        'UNKNOWN_CYCLE',
        `Không tìm thấy kỳ đánh giá "${cycleId}".`,
        `Cycle ${cycleId} not found in province ${ctx.province}`,
      );
    }
    return (await listCycleUnits(tx, ASSESSMENTS_SCHEMA, ctx.province, cycle)).map((u) => u.unitId);
  });
}
