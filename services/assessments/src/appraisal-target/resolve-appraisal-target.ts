import type { RequestContext } from '@par/kernel';
import type { Database } from '@par/database';
import { findCycleSchedule, findCycleUnit, findFramework } from '@par/frameworks-catalog';
import { isAppraisedByHand, type ExplainedNode, type PhaseClock, type ScoringItemRef } from '@par/assessments-domain';
import { ASSESSMENTS_SCHEMA } from '../assessments.tokens';

/** What the appraisal-round handlers look up before deciding: the pinned framework's items and the phase clock. */
export interface AppraisalTarget {
  /** Every scoring item of the framework version the cycle is pinned to. */
  readonly items: readonly ScoringItemRef[];
  readonly clock: PhaseClock;
}

/**
 * The cycle and unit (`findCycleUnit`: UNKNOWN_CYCLE, UNKNOWN_UNIT, UNIT_NOT_IN_CYCLE), the items of the pinned
 * framework, and the cycle's schedule with the injected clock's `now`.
 */
export async function resolveAppraisalTarget(
  db: Database,
  ctx: RequestContext,
  cycleId: string,
  unitId: string,
  now: Date,
): Promise<AppraisalTarget> {
  return db.withProvince(ctx.province, async (tx) => {
    const { cycle } = await findCycleUnit(tx, ASSESSMENTS_SCHEMA, ctx.province, cycleId, unitId);
    const framework = await findFramework(tx, ASSESSMENTS_SCHEMA, ctx.province, cycle.frameworkId, cycle.frameworkVersion);
    const schedule = await findCycleSchedule(tx, ASSESSMENTS_SCHEMA, ctx.province, cycleId);
    const items = (framework?.items ?? []).map((i): ScoringItemRef => ({
      code: i.code,
      name: i.name,
      maxPoints: i.maxPoints,
      method: i.method,
      ...(i.step !== undefined && { step: i.step }),
    }));
    return { items, clock: { now: now.toISOString(), phases: schedule.phases } };
  });
}

/** Pure: the node named by `code` (a criterion or a sub-criterion) with the items appraised by hand under it. */
export function explainedNode(items: readonly ScoringItemRef[], code: string): ExplainedNode | undefined {
  const under = items.filter((i) => isAppraisedByHand(i.method) && (i.code === code || i.code.startsWith(`${code}.`)));
  return under.length > 0 ? { code, items: under } : undefined;
}

/** Pure: codes of the items appraised by hand (what a complete appraisal covers), in framework order. */
export const appraisableCodes = (items: readonly ScoringItemRef[]): string[] =>
  items.filter((i) => isAppraisedByHand(i.method)).map((i) => i.code);
