import type { RequestContext } from '@par/kernel';
import type { Database } from '@par/database';
import { findCycleUnit, findFramework } from '@par/frameworks-catalog';
import type { ScoringItemRef } from '@par/assessments-domain';
import { ASSESSMENTS_SCHEMA } from '../assessments.tokens';

/**
 * What both scoring handlers look up before deciding: the cycle and unit (`findCycleUnit`: UNKNOWN_CYCLE,
 * UNKNOWN_UNIT, UNIT_NOT_IN_CYCLE) and the item being scored in the framework version the cycle is pinned to
 * (undefined when the code is not in it: the decider refuses with UNKNOWN_SUB_CRITERION).
 */
export async function resolveScoringTarget(db: Database, ctx: RequestContext, cycleId: string, unitId: string, code: string) {
  return db.withProvince(ctx.province, async (tx) => {
    const { cycle, unit } = await findCycleUnit(tx, ASSESSMENTS_SCHEMA, ctx.province, cycleId, unitId);
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
