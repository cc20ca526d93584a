import type { RequestContext } from '@par/kernel';
import type { Database } from '@par/database';
import { findCycleUnit, findFramework } from '@par/frameworks-catalog';
import { leavesOf, type Framework } from '@par/scoring';
import type { ScoringItemRef } from '@par/assessments-domain';
import { ASSESSMENTS_SCHEMA } from '../assessments.tokens';

/**
 * What both scoring handlers look up before deciding: the cycle and unit (`findCycleUnit`: UNKNOWN_CYCLE,
 * UNKNOWN_UNIT, UNIT_NOT_IN_CYCLE) and the item being scored in the framework version the cycle is pinned to
 * (undefined when the code is not in it: the decider refuses with UNKNOWN_SUB_CRITERION).
 */
export async function resolveScoringTarget(db: Database, ctx: RequestContext, cycleId: string, unitId: string, code: string) {
  const { cycle, unit, items } = await resolveScoringTargets(db, ctx, cycleId, unitId, [code]);
  return { cycle, unit, item: items[0] };
}

/** The same look-up for a batch: one read of the cycle and framework, the items in the order of `codes`. */
export async function resolveScoringTargets(db: Database, ctx: RequestContext, cycleId: string, unitId: string, codes: readonly string[]) {
  return db.withProvince(ctx.province, async (tx) => {
    const { cycle, unit } = await findCycleUnit(tx, ASSESSMENTS_SCHEMA, ctx.province, cycleId, unitId);
    const framework = await findFramework(tx, ASSESSMENTS_SCHEMA, ctx.province, cycle.frameworkId, cycle.frameworkVersion);
    // the node's rule and the rounding come from the definition (the published item list carries neither)
    const definition = framework?.definition as Framework | undefined;
    const leaves = definition ? leavesOf(definition) : [];
    const items = codes.map((code): ScoringItemRef | undefined => {
      const found = framework?.items.find((i) => i.code === code);
      const leaf = found && leaves.find((l) => l.code === code);
      return (
        found && {
          code: found.code,
          name: found.name,
          maxPoints: found.maxPoints,
          method: found.method,
          ...(found.step !== undefined && { step: found.step }),
          ...(leaf && { rule: leaf.rule }),
          ...(definition?.rounding && { decimals: definition.rounding.decimals }),
        }
      );
    });
    return { cycle, unit, items };
  });
}
