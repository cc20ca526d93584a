import type { RequestContext } from '@par/kernel';
import type { Database } from '@par/database';
import { findCycleUnit, findFramework } from '@par/frameworks-catalog';
import { leavesOf, type Framework } from '@par/scoring';
import type { ApplicabilityRef } from '@par/assessments-domain';
import { ASSESSMENTS_SCHEMA } from '../assessments.tokens';

/**
 * What both not-applicable handlers look up before deciding: the cycle and unit (`findCycleUnit`) and the
 * scored node with its applicability in the framework version the cycle is pinned to (undefined when the code
 * is not a scored node of it: the decider refuses with UNKNOWN_SUB_CRITERION).
 */
export async function resolveApplicabilityTarget(db: Database, ctx: RequestContext, cycleId: string, unitId: string, code: string) {
  return db.withProvince(ctx.province, async (tx) => {
    const { cycle, unit } = await findCycleUnit(tx, ASSESSMENTS_SCHEMA, ctx.province, cycleId, unitId);
    const framework = await findFramework(tx, ASSESSMENTS_SCHEMA, ctx.province, cycle.frameworkId, cycle.frameworkVersion);
    const leaf = framework && leavesOf(framework.definition as Framework).find((l) => l.code === code);
    const node: ApplicabilityRef | undefined = leaf && {
      code: leaf.code,
      name: leaf.name,
      mode: leaf.applicability?.mode ?? 'always',
      ...(leaf.applicability?.condition !== undefined && { condition: leaf.applicability.condition }),
    };
    return { cycle, unit, node };
  });
}
