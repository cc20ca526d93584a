import { runDecision, type EventStore } from '@par/event-store';
import type { ProvinceId, RequestContext } from '@par/kernel';
import {
  LEGACY_UNIT_STREAM_PREFIX,
  unitDecider,
  unitRegistryStreamId,
  type UnitCommand,
  type UnitEvent,
  type UnitState,
} from '@par/frameworks-domain';

/**
 * The registry as it stands: units registered before the registry stream existed (`unit:<province>:<id>`, read
 * only) folded first, then the registry stream `unit-registry:<province>` by `runDecision`.
 */
async function legacyState(store: EventStore, province: ProvinceId): Promise<UnitState> {
  let state = unitDecider.initialState();
  let after: string | undefined;
  for (;;) {
    const page = await store.listStreams(province, LEGACY_UNIT_STREAM_PREFIX(province), { after, limit: 500 });
    for (const s of page) {
      for (const e of await store.readStream(province, s.streamId))
        state = unitDecider.evolve(state, { type: e.type, data: e.data } as UnitEvent);
    }
    if (page.length < 500) return state;
    after = page.at(-1)!.streamId;
  }
}

/** Decides a unit command on the province's registry and appends its events atomically (expected version). */
export async function decideOnRegistry(opts: {
  store: EventStore;
  ctx: RequestContext;
  now: Date;
  command: UnitCommand;
  reason: string;
}): Promise<{ events: number; state: UnitState }> {
  const initial = await legacyState(opts.store, opts.ctx.province);
  const result = await runDecision({
    store: opts.store,
    decider: { ...unitDecider, initialState: () => initial },
    streamId: unitRegistryStreamId(opts.ctx.province),
    command: opts.command,
    ctx: opts.ctx,
    now: opts.now,
    reason: opts.reason,
  });
  return { events: result.events.length, state: result.state };
}

/** The registry state without deciding (for an import's plan). */
export async function readRegistry(store: EventStore, province: ProvinceId): Promise<UnitState> {
  const initial = await legacyState(store, province);
  const events = await store.readStream(province, unitRegistryStreamId(province));
  return events.map((e) => ({ type: e.type, data: e.data }) as UnitEvent).reduce(unitDecider.evolve, initial);
}
