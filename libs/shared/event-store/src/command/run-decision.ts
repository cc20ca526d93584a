import { randomUUID } from 'node:crypto';
import { ConcurrencyConflictError, type Decider, type RequestContext } from '@par/kernel';
import type { EventStore, StoredEvent } from '../types';

export interface RunDecisionOptions<C, E extends { type: string; data: unknown }, S> {
  store: EventStore;
  decider: Decider<C, E, S>;
  streamId: string;
  command: C;
  ctx: RequestContext;
  now: Date;
  reason?: string | null;
  /** Client-side expected version (optimistic concurrency across a form edit); defaults to the version read. */
  expectedVersion?: number;
  /** The schema version to append each event type with (default 1), when its shape has an upcaster chain. */
  schemaVersions?: Readonly<Record<string, number>>;
}

export interface DecisionResult<S> {
  /** Events appended (none when the command changed nothing). */
  events: StoredEvent[];
  /** Stream version after the decision. */
  version: number;
  state: S;
}

/**
 * The one write path: read the stream, fold it, decide, append with the version that was read as the
 * expected version. A concurrent writer makes the append fail with ConcurrencyConflictError (no lost update).
 */
export async function runDecision<C, E extends { type: string; data: unknown }, S>(
  opts: RunDecisionOptions<C, E, S>,
): Promise<DecisionResult<S>> {
  const history = await opts.store.readStream(opts.ctx.province, opts.streamId);
  const read = history.at(-1)?.streamVersion ?? 0;
  // A client that read an older version is told so even when its command would change nothing now.
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== read) {
    throw new ConcurrencyConflictError(opts.streamId, opts.expectedVersion, read);
  }
  const state = history.map((e) => ({ type: e.type, data: e.data }) as E).reduce(opts.decider.evolve, opts.decider.initialState());
  const decided = opts.decider.decide(opts.command, state);
  const newState = decided.reduce(opts.decider.evolve, state);
  if (decided.length === 0) return { events: [], version: read, state: newState };
  const expected = opts.expectedVersion ?? read;
  const result = await opts.store.append(
    opts.streamId,
    decided.map((e) => ({
      id: randomUUID(),
      type: e.type,
      data: e.data,
      reason: opts.reason ?? null,
      ...(opts.schemaVersions?.[e.type] !== undefined && { schemaVersion: opts.schemaVersions[e.type] }),
    })),
    { expectedVersion: expected === 0 ? 'no_stream' : expected, context: opts.ctx, occurredAt: opts.now },
  );
  return { events: result.events, version: result.nextExpectedVersion, state: newState };
}
