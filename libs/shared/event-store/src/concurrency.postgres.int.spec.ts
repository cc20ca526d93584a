/*
 * Many writers on overlapping streams + a catch-up reader under load (real PostgreSQL):
 * the reader sees every committed event exactly once and each stream in version order; conflicts are
 * reported as ConcurrencyConflictError and nothing half-appended is left behind.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it, afterAll, beforeAll } from '@jest/globals';
import { ConcurrencyConflictError, type ProvinceId } from '@par/kernel';
import pg from 'pg';
import { pgUrlsFromEnv, type Database } from '@par/database';
import { createEventStore, eventStoreMigrations, type EventStore, type StoredEvent } from './index';
import { ctxFor, testSchema } from './testing/event-store-contract';
import { createTestPostgres } from './testing/pg-harness';

describe('EventStore under concurrency (PostgreSQL)', () => {
  let db: Database;
  let drop: (...s: string[]) => Promise<void>;
  let store: EventStore;
  const schema = testSchema('esc');
  const provinces = ['tinh-a', 'tinh-b'] as ProvinceId[];

  beforeAll(async () => {
    const t = await createTestPostgres(16);
    db = t.db;
    drop = t.dropSchemas;
    await db.migrate(schema, eventStoreMigrations(schema));
    store = createEventStore(db, { schema });
  });
  afterAll(async () => {
    await drop?.(schema);
    await db?.close();
  });

  it('8 writers x overlapping streams with a concurrent catch-up reader', async () => {
    const WRITERS = 8;
    const APPENDS_PER_WRITER = 60;
    const STREAMS = 6; // per province: heavy overlap
    let conflicts = 0;
    let appended = 0;
    const seen: StoredEvent[] = [];
    let writing = true;

    const reader = (async () => {
      let checkpoint: string | null = null;
      for (;;) {
        const page = await store.readAll({ after: checkpoint, limit: 50 });
        seen.push(...page.events);
        checkpoint = page.checkpoint;
        if (page.events.length === 0) {
          if (!writing) {
            // one more read after writers stopped, to pick up the tail
            const tail = await store.readAll({ after: checkpoint, limit: 10_000 });
            seen.push(...tail.events);
            return;
          }
          await new Promise((r) => setTimeout(r, 5));
        }
      }
    })();

    const writer = async (w: number) => {
      for (let i = 0; i < APPENDS_PER_WRITER; i++) {
        const province = provinces[(w + i) % 2]!;
        const streamId = `s-${(w * 7 + i) % STREAMS}`;
        const ctx = ctxFor(province);
        const current = await store.readStream(province, streamId);
        const expected = current.length;
        const batch = 1 + ((w + i) % 3);
        try {
          await store.append(
            streamId,
            Array.from({ length: batch }, (_, k) => ({ type: 'Tick', data: { w, i, k } })),
            { expectedVersion: expected, context: ctx, occurredAt: new Date() },
          );
          appended += batch;
        } catch (e) {
          if (e instanceof ConcurrencyConflictError) {
            expect(e.streamId).toBe(streamId);
            expect(e.expectedVersion).toBe(expected);
            expect(e.actualVersion).toBeGreaterThan(expected);
            conflicts += 1;
          } else throw e;
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    writing = false;
    await reader;

    // exactly once
    const ids = seen.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(appended);
    // every stream contiguous and in version order as the reader saw it
    const byStream = new Map<string, number[]>();
    for (const e of seen) {
      const k = `${e.province}/${e.streamId}`;
      byStream.set(k, [...(byStream.get(k) ?? []), e.streamVersion]);
    }
    for (const [, versions] of byStream) expect(versions).toEqual(versions.map((_, i) => i + 1));
    // store agrees with reader, and chains verify
    for (const p of provinces) {
      const v = await store.verify(p);
      expect(v.ok).toBe(true);
      expect(seen.filter((e) => e.province === p)).toHaveLength(v.checked);
    }
    expect(conflicts).toBeGreaterThan(0);
    console.log(`concurrency: ${appended} events appended, ${conflicts} conflicts, reader saw ${seen.length}`);
  });

  it('never skips an event committed late by a transaction that started earlier', async () => {
    // T1 inserts (gets a lower position) but commits after T2; a reader between must not move past T1.
    const ctx = ctxFor(provinces[0]!);
    let releaseT1!: () => void;
    const t1Gate = new Promise<void>((r) => (releaseT1 = r));
    let t1Inserted!: () => void;
    const t1InsertedP = new Promise<void>((r) => (t1Inserted = r));
    let start: string | null = null;
    for (;;) {
      const p = await store.readAll({ after: start, limit: 1000 });
      if (p.events.length === 0) break;
      start = p.checkpoint;
    }
    // T1 is a raw insert held open by a privileged session (the application roles cannot insert events
    // directly any more): all that matters is its transaction id, older than T2's.
    const raw = new pg.Client({ connectionString: pgUrlsFromEnv().adminUrl.replace(/\/postgres$/, '/par') });
    await raw.connect();
    const t1 = (async () => {
      await raw.query('BEGIN');
      await raw.query(
        `INSERT INTO ${schema}.events (province, stream_id, stream_version, event_id, type, schema_version, data, actor,
           occurred_at, recorded_at, correlation_id, hash)
         VALUES ('tinh-a', 'late-1', 1, $1, 'Late', 1, '{}', '{}', now(), now(), 'c', 'h')`,
        [randomUUID()],
      );
      t1Inserted();
      await t1Gate;
      await raw.query('COMMIT');
      await raw.end();
    })();
    await t1InsertedP;
    await store.append('late-2', [{ type: 'Early', data: {} }], { expectedVersion: 'no_stream', context: ctx, occurredAt: new Date() });
    const during = await store.readAll({ after: start, limit: 1000 });
    expect(during.events.map((e) => e.type)).toEqual([]); // T2 committed, but T1 (older xid) is still open
    releaseT1();
    await t1;
    const after = await store.readAll({ after: during.checkpoint, limit: 1000 });
    expect(after.events.map((e) => e.type)).toEqual(['Late', 'Early']);
  });
});
