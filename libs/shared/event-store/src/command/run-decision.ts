import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConcurrencyConflictError, type Decider, type RequestContext } from '@par/kernel';
import type { EventStore, StoredEvent } from '../types';

/**
 * Attempts (first try included) an unpinned decision gets when its append meets a concurrent writer. Eight, with the
 * backoff below, let four writers on one hot stream (a province's unit registry, `npm run demo:cycle` registering
 * 100 communes four at a time) all get through; five with a 5 ms base did not (CONCURRENCY_CONFLICT on the fifth).
 */
export const DEFAULT_DECISION_ATTEMPTS = 8;

export interface RunDecisionOptions<C, E extends { type: string; data: unknown }, S> {
  store: EventStore;
  decider: Decider<C, E, S>;
  streamId: string;
  command: C;
  ctx: RequestContext;
  now: Date;
  reason?: string | null;
  /**
   * Client-side expected version (optimistic concurrency across a form edit); defaults to the version read.
   * When pinned, a conflict is reported at once; when not, the server reads and decides again.
   */
  expectedVersion?: number;
  /** The schema version to append each event type with (default 1), when its shape has an upcaster chain. */
  schemaVersions?: Readonly<Record<string, number>>;
  /** Attempts for an unpinned decision (default DEFAULT_DECISION_ATTEMPTS, at least 1). */
  maxAttempts?: number;
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
 * Without a client-pinned `expectedVersion` nobody asked for a particular version, so a conflict is resolved
 * here: read again and decide again (the decision is pure), up to `maxAttempts` with a small jittered backoff.
 */
export async function runDecision<C, E extends { type: string; data: unknown }, S>(
  opts: RunDecisionOptions<C, E, S>,
): Promise<DecisionResult<S>> {
  const attempts = opts.expectedVersion === undefined ? Math.max(1, opts.maxAttempts ?? DEFAULT_DECISION_ATTEMPTS) : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await decideOnce(opts);
    } catch (e) {
      if (!(e instanceof ConcurrencyConflictError) || attempt >= attempts) throw e;
      await sleep(backoffMs(attempt));
    }
  }
}

/** 10–20 ms, 20–40 ms, 40–80 ms, … capped at 320–640 ms: jitter on an exponential base. */
function backoffMs(attempt: number): number {
  const base = Math.min(320, 10 * 2 ** (attempt - 1));
  return base + Math.floor(Math.random() * base);
}

async function decideOnce<C, E extends { type: string; data: unknown }, S>(opts: RunDecisionOptions<C, E, S>): Promise<DecisionResult<S>> {
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
