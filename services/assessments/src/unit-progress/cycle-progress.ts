import { NotFoundError, type RequestContext } from '@par/kernel';
import type { Database } from '@par/database';
import { findCycle, findFramework, listCycleUnits } from '@par/frameworks-catalog';
import type { ScoringItemRef } from '@par/assessments-domain';
import { ASSESSMENTS_SCHEMA } from '../assessments.tokens';
import { readUnitProgress } from './unit-progress.read-model';
import { unitCounts, type UnitCounts } from './unit-status';

/** One unit of the cycle with its name, status and counts. */
export interface UnitProgressView extends UnitCounts {
  readonly unitId: string;
  readonly unitName: string;
}

/**
 * The units of a cycle (all, or the given ones) with their status and counts: the cycle's units from the catalog
 * (a unit with no event yet is NOT_STARTED), their progress from `unit_progress`, the items of the pinned framework.
 */
export async function cycleProgress(
  db: Database,
  ctx: RequestContext,
  cycleId: string,
  only?: readonly string[],
): Promise<UnitProgressView[]> {
  return db.withProvince(ctx.province, async (tx) => {
    const cycle = await findCycle(tx, ASSESSMENTS_SCHEMA, ctx.province, cycleId);
    if (!cycle) {
      throw new NotFoundError(
        'UNKNOWN_CYCLE',
        `Không tìm thấy kỳ đánh giá "${cycleId}".`,
        `Cycle ${cycleId} not found in province ${ctx.province}`,
      );
    }
    const framework = await findFramework(tx, ASSESSMENTS_SCHEMA, ctx.province, cycle.frameworkId, cycle.frameworkVersion);
    const items: ScoringItemRef[] = (framework?.items ?? []).map((i) => ({
      code: i.code,
      name: i.name,
      maxPoints: i.maxPoints,
      method: i.method,
    }));
    const units = (await listCycleUnits(tx, ASSESSMENTS_SCHEMA, ctx.province, cycle)).filter((u) => !only || only.includes(u.unitId));
    const progress = new Map((await readUnitProgress(tx, ASSESSMENTS_SCHEMA, ctx.province, cycleId, only)).map((p) => [p.unitId, p]));
    return units.map((u) => ({ unitId: u.unitId, unitName: u.name, ...unitCounts(items, progress.get(u.unitId)) }));
  });
}
