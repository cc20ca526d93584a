import type { Database } from '@par/database';
import type { RequestContext } from '@par/kernel';
import { findCycleUnit, findFramework } from '@par/frameworks-catalog';
import { leavesOf, SELF_ASSESSED_METHODS, type Framework, type Leaf } from '@par/scoring';
import type { SelfAssessedItemRef, SelfAssessmentWindow } from '@par/assessments-domain';
import { ASSESSMENTS_SCHEMA } from '../assessments.tokens';
import { resolveSelfAssessmentWindow } from './resolve-self-assessment-window';

export interface SelfAssessmentContext {
  /** The scored nodes of the pinned framework that the unit self-assesses, in document order. */
  readonly leaves: readonly Leaf[];
  readonly items: readonly SelfAssessedItemRef[];
  readonly window: SelfAssessmentWindow;
}

/**
 * What submission and the assessment read need of the cycle: the unit in the cycle (UNKNOWN_CYCLE, UNKNOWN_UNIT,
 * UNIT_NOT_IN_CYCLE), the self-assessed items of the framework version it is pinned to, with their evidence
 * requirement, and the self-assessment window (clock and deadline).
 */
export async function resolveSelfAssessment(db: Database, ctx: RequestContext, cycleId: string, unitId: string, now: Date) {
  return db.withProvince(ctx.province, async (tx): Promise<SelfAssessmentContext> => {
    const { cycle } = await findCycleUnit(tx, ASSESSMENTS_SCHEMA, ctx.province, cycleId, unitId);
    const framework = await findFramework(tx, ASSESSMENTS_SCHEMA, ctx.province, cycle.frameworkId, cycle.frameworkVersion);
    const leaves = framework ? leavesOf(framework.definition as Framework).filter((l) => SELF_ASSESSED_METHODS.includes(l.method)) : [];
    const window = await resolveSelfAssessmentWindow(tx, ctx.province, cycleId, now);
    return { leaves, items: leaves.map((l) => ({ code: l.code, evidenceRequired: l.evidenceRequired === true })), window };
  });
}
