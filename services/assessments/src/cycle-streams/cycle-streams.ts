import type { ProvinceId } from '@par/kernel';
import type { EventStore, StreamInfo } from '@par/event-store';
import { assessmentStreamId } from '@par/assessments-domain';

/** The unit of an assessment stream of the cycle (the id's last part). */
export const unitOfStream = (streamId: string, province: ProvinceId, cycleId: string) =>
  streamId.slice(assessmentStreamId(province, cycleId, '').length);

/** Every assessment stream of a cycle in the province (one per unit that has events), in stream id order. */
export async function cycleStreams(store: EventStore, province: ProvinceId, cycleId: string): Promise<StreamInfo[]> {
  const prefix = assessmentStreamId(province, cycleId, '');
  const out: StreamInfo[] = [];
  for (let after: string | undefined; ;) {
    const page = await store.listStreams(province, prefix, { ...(after !== undefined && { after }), limit: 1000 });
    out.push(...page);
    if (page.length < 1000) return out;
    after = page.at(-1)!.streamId;
  }
}
