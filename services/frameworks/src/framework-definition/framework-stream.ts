import { runDecision, type EventStore } from '@par/event-store';
import type { ProvinceId, RequestContext } from '@par/kernel';
import {
  frameworkDecider,
  frameworkStreamId,
  type FrameworkCommand,
  type FrameworkEvent,
  type FrameworkState,
} from '@par/frameworks-domain';
import { FRAMEWORKS_SCHEMA_VERSIONS } from '../frameworks.tokens';

/** A framework's state folded from its own stream (the source of truth, never a lagging read model). */
export async function readFrameworkState(store: EventStore, province: ProvinceId, frameworkId: string): Promise<FrameworkState> {
  const events = await store.readStream(province, frameworkStreamId(province, frameworkId));
  return events
    .map((e) => ({ type: e.type, data: e.data }) as FrameworkEvent)
    .reduce(frameworkDecider.evolve, frameworkDecider.initialState());
}

/** The one write path of a framework's stream: decide on its state, append with the version read. */
export function runFrameworkDecision(
  store: EventStore,
  ctx: RequestContext,
  now: Date,
  frameworkId: string,
  command: FrameworkCommand,
  reason: string,
) {
  return runDecision({
    store,
    decider: frameworkDecider,
    streamId: frameworkStreamId(ctx.province, frameworkId),
    command,
    ctx,
    now,
    reason,
    schemaVersions: FRAMEWORKS_SCHEMA_VERSIONS,
  });
}
