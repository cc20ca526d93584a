import type { ProvinceId } from '@par/kernel';
import type { EventStore } from '@par/event-store';
import {
  appraisalAssignmentsDecider,
  appraisalAssignmentsStreamId,
  type AppraisalAssignmentEvent,
  type AppraisalAssignmentsState,
} from '@par/assessments-domain';

/**
 * A cycle's appraiser assignments, folded from their stream with the aggregate's own `evolve` (the state the
 * assignment decisions see), and the stream's version.
 */
export async function loadAssignments(
  store: EventStore,
  province: ProvinceId,
  cycleId: string,
): Promise<{ state: AppraisalAssignmentsState; version: number }> {
  const events = await store.readStream(province, appraisalAssignmentsStreamId(province, cycleId));
  const state = events
    .map((e) => ({ type: e.type, data: e.data }) as AppraisalAssignmentEvent)
    .reduce(appraisalAssignmentsDecider.evolve, appraisalAssignmentsDecider.initialState());
  return { state, version: events.at(-1)?.streamVersion ?? 0 };
}
