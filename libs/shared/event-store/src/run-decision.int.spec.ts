/*
 * runDecision under contention, on PGlite and real PostgreSQL: unpinned decisions resolve a concurrent
 * writer by reading and deciding again (bounded); a client-pinned expectedVersion gets CONCURRENCY_CONFLICT at once.
 */
import { describe, expect, it, afterAll, beforeAll } from '@jest/globals';
import { ConcurrencyConflictError, type Decider } from '@par/kernel';
import { createPgliteDatabase, type Database } from '@par/database';
import { createEventStore, DEFAULT_DECISION_ATTEMPTS, eventStoreMigrations, runDecision, type EventStore } from './index';
import { ctxFor, provA, testSchema } from './testing/event-store-contract';
import { createTestPostgres } from './testing/pg-harness';

type CounterEvent = { type: 'Incremented'; data: { n: number; by: string } };
/** Each event records the count it was decided on: a lost or reordered update shows as a gap or a repeat. */
const counter: Decider<{ by: string }, CounterEvent, number> = {
  initialState: () => 0,
  evolve: (count) => count + 1,
  decide: (cmd, count) => [{ type: 'Incremented', data: { n: count + 1, by: cmd.by } }],
};

interface Harness {
  db: Database;
  cleanup(): Promise<void>;
}

const harnesses: [string, () => Promise<Harness>][] = [
  [
    'PGlite',
    async () => {
      const db = await createPgliteDatabase();
      return { db, cleanup: () => db.close() };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const t = await createTestPostgres(16);
      return {
        db: t.db,
        cleanup: async () => {
          await t.dropSchemas(schemaFor.get(t.db)!);
          await t.db.close();
        },
      };
    },
  ],
];
const schemaFor = new Map<Database, string>();

/** A store whose every read is followed by another writer's append: the append after it always conflicts. */
function racedStore(store: EventStore, reads: { count: number }): EventStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop !== 'readStream') return Reflect.get(target, prop, receiver);
      return async (...args: Parameters<EventStore['readStream']>) => {
        const history = await target.readStream(...args);
        reads.count += 1;
        const version = history.at(-1)?.streamVersion ?? 0;
        await target.append(args[1], [{ type: 'Incremented', data: { n: version + 1, by: 'intruder' } }], {
          expectedVersion: version === 0 ? 'no_stream' : version,
          context: ctxFor(provA),
          occurredAt: new Date(),
        });
        return history;
      };
    },
  });
}

describe.each(harnesses)('runDecision under contention (%s)', (_label, makeHarness) => {
  let h: Harness;
  let store: EventStore;
  const schema = testSchema('rd');
  const now = new Date('2026-03-01T08:00:00.000Z');
  const decide = (s: EventStore, streamId: string, by: string, extra: { expectedVersion?: number; maxAttempts?: number } = {}) =>
    runDecision({ store: s, decider: counter, streamId, command: { by }, ctx: ctxFor(provA), now, ...extra });

  beforeAll(async () => {
    h = await makeHarness();
    schemaFor.set(h.db, schema);
    await h.db.migrate(schema, eventStoreMigrations(schema));
    store = createEventStore(h.db, { schema });
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  it('N concurrent unpinned decisions on one stream all succeed, in one consistent order', async () => {
    const N = 8;
    const results = await Promise.all(Array.from({ length: N }, (_, i) => decide(store, 'counter-1', `w${i}`)));
    expect(results.every((r) => r.events.length === 1)).toBe(true);
    const stream = await store.readStream(provA, 'counter-1');
    expect(stream.map((e) => e.streamVersion)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    expect(stream.map((e) => (e.data as CounterEvent['data']).n)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    expect(new Set(stream.map((e) => (e.data as CounterEvent['data']).by)).size).toBe(N);
    expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    expect((await store.verify(provA)).ok).toBe(true);
  });

  it('a pinned stale expectedVersion fails with CONCURRENCY_CONFLICT and appends nothing', async () => {
    await decide(store, 'counter-2', 'a');
    await decide(store, 'counter-2', 'b');
    const err = await decide(store, 'counter-2', 'stale', { expectedVersion: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConcurrencyConflictError);
    expect((err as ConcurrencyConflictError).code).toBe('CONCURRENCY_CONFLICT');
    expect(await store.readStream(provA, 'counter-2')).toHaveLength(2);
  });

  it('a pinned version raced between read and append is not retried', async () => {
    await decide(store, 'counter-3', 'a');
    const reads = { count: 0 };
    const err = await decide(racedStore(store, reads), 'counter-3', 'pinned', { expectedVersion: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConcurrencyConflictError);
    expect(reads.count).toBe(1);
    const stream = await store.readStream(provA, 'counter-3');
    expect(stream.map((e) => (e.data as CounterEvent['data']).by)).toEqual(['a', 'intruder']);
  });

  it.each([[undefined], [3]])('an always-raced unpinned decision gives up after the bound (maxAttempts %p)', async (maxAttempts) => {
    const streamId = `counter-4-${maxAttempts ?? 'default'}`;
    const reads = { count: 0 };
    const extra = maxAttempts === undefined ? {} : { maxAttempts };
    const err = await decide(racedStore(store, reads), streamId, 'loser', extra).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConcurrencyConflictError);
    const bound = maxAttempts ?? DEFAULT_DECISION_ATTEMPTS;
    expect(reads.count).toBe(bound);
    const stream = await store.readStream(provA, streamId);
    expect(stream.map((e) => (e.data as CounterEvent['data']).by)).toEqual(Array.from({ length: bound }, () => 'intruder'));
  });
});
