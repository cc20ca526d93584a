import type { RequestContext } from '@par/kernel';
import type { EventStore } from '@par/event-store';
import { assessmentStreamId, isAssignedTo, type AppraiserRef } from '@par/assessments-domain';
import { loadAssignments } from '../assignments/load-assignments';

/**
 * What an appraisal decision needs to know of the acting appraiser: whether the cycle's assignments name them for
 * the unit (folded from the assignment stream: no projection lag, ADR 0017), and whether they recorded any self
 * score of the unit (separation of duties; the actor is on the stored events). Self scores are locked once the
 * unit has submitted, and every appraisal decision requires the submission, so this cannot change under it.
 */
export async function resolveAppraiser(store: EventStore, ctx: RequestContext, cycleId: string, unitId: string): Promise<AppraiserRef> {
  const [{ state }, events] = await Promise.all([
    loadAssignments(store, ctx.province, cycleId),
    store.readStream(ctx.province, assessmentStreamId(ctx.province, cycleId, unitId)),
  ]);
  const id = ctx.actor.id;
  return {
    id,
    assigned: isAssignedTo(state, unitId, id),
    selfScoredUnit: events.some((e) => e.type === 'SelfScoreRecorded' && e.actor.id === id),
  };
}
