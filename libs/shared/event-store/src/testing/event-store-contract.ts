/* Conformance suite for the EventStore contract, run against PGlite and real PostgreSQL. Test-only. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { ConcurrencyConflictError } from '@par/kernel';
import { createEventStore, eventStoreMigrations, type EventStore } from '../index';
import { tamperEvidenceContract } from './tamper-contract';
import { ctxFor, provA, provB, testSchema, type ContractHarness } from './contract-fixtures';

export { ctxFor, provA, provB, testSchema, type ContractHarness } from './contract-fixtures';

export function eventStoreContract(label: string, makeHarness: () => Promise<ContractHarness>): void {
  describe(`EventStore contract (${label})`, () => {
    let h: ContractHarness;
    let store: EventStore;
    const schema = testSchema();
    const at = new Date('2026-03-01T08:00:00.000Z');

    beforeAll(async () => {
      h = await makeHarness();
      await h.db.migrate(schema, eventStoreMigrations(schema));
      await h.db.migrate(schema, eventStoreMigrations(schema)); // idempotent
      store = createEventStore(h.db, {
        schema,
        upcasters: [
          { type: 'ScoreRecorded', fromVersion: 1, upcast: (d) => ({ ...(d as object), unit: 'points' }) },
          { type: 'ScoreRecorded', fromVersion: 2, upcast: (d) => ({ ...(d as object), v3: true }) },
        ],
      });
    });
    afterAll(async () => {
      await h?.cleanup();
    });

    it('appends to a new stream and reads the events back with the full envelope', async () => {
      const ctx = ctxFor(provA, { causationId: 'cmd-1' });
      const r = await store.append(
        'assessment-1',
        [
          { type: 'AssessmentOpened', data: { year: 2026, title: 'Chỉ số CCHC' } },
          { type: 'NoteAdded', data: { text: 'x', nested: { b: 1, a: [1, 2] } }, reason: 'vì lý do' },
        ],
        { expectedVersion: 'no_stream', context: ctx, occurredAt: at },
      );
      expect(r.nextExpectedVersion).toBe(2);
      expect(r.events.map((e) => e.streamVersion)).toEqual([1, 2]);
      const read = await store.readStream(provA, 'assessment-1');
      expect(read).toEqual(r.events);
      const [e1, e2] = read;
      expect(e1).toMatchObject({
        streamId: 'assessment-1',
        streamVersion: 1,
        type: 'AssessmentOpened',
        schemaVersion: 1,
        data: { year: 2026, title: 'Chỉ số CCHC' },
        province: provA,
        actor: { id: 'user-tinh-a', name: 'Nguyễn Văn A', roles: ['unit_officer'], unitId: 'u1' },
        occurredAt: at.toISOString(),
        reason: null,
        correlationId: ctx.correlationId,
        causationId: 'cmd-1',
        prevHash: null,
      });
      expect(e1!.globalPosition).toMatch(/^\d+$/);
      expect(e1!.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(e2!.prevHash).toBe(e1!.hash);
      expect(e2!.reason).toBe('vì lý do');
      expect(BigInt(e2!.globalPosition)).toBeGreaterThan(BigInt(e1!.globalPosition));
      expect(Number.isNaN(Date.parse(e1!.recordedAt))).toBe(false);
    });

    it('rejects a wrong expected version with ConcurrencyConflictError naming stream and versions', async () => {
      const ctx = ctxFor(provA);
      await store.append('s-conflict', [{ type: 'A', data: {} }], { expectedVersion: 0, context: ctx, occurredAt: at });
      const err = await store
        .append('s-conflict', [{ type: 'B', data: {} }], { expectedVersion: 0, context: ctx, occurredAt: at })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConcurrencyConflictError);
      expect(err).toMatchObject({ code: 'CONCURRENCY_CONFLICT', streamId: 's-conflict', expectedVersion: 0, actualVersion: 1 });
      await expect(
        store.append('s-conflict', [{ type: 'B', data: {} }], { expectedVersion: 'no_stream', context: ctx, occurredAt: at }),
      ).rejects.toBeInstanceOf(ConcurrencyConflictError);
      await expect(
        store.append('s-conflict-new', [{ type: 'B', data: {} }], { expectedVersion: 3, context: ctx, occurredAt: at }),
      ).rejects.toMatchObject({ actualVersion: 0, expectedVersion: 3 });
      const any = await store.append('s-conflict', [{ type: 'C', data: {} }], { expectedVersion: 'any', context: ctx, occurredAt: at });
      expect(any.nextExpectedVersion).toBe(2);
      const ok = await store.append('s-conflict', [{ type: 'D', data: {} }], { expectedVersion: 2, context: ctx, occurredAt: at });
      expect(ok.nextExpectedVersion).toBe(3);
      expect((await store.readStream(provA, 's-conflict')).map((e) => e.type)).toEqual(['A', 'C', 'D']);
    });

    it('does not append an event twice when a retry carries the same ids', async () => {
      const ctx = ctxFor(provA);
      const ids = [randomUUID(), randomUUID()];
      const events = [
        { type: 'X', data: { n: 1 }, id: ids[0]! },
        { type: 'Y', data: { n: 2 }, id: ids[1]! },
      ];
      const first = await store.append('s-idem', events, { expectedVersion: 'no_stream', context: ctx, occurredAt: at });
      const retry = await store.append('s-idem', events, { expectedVersion: 'no_stream', context: ctx, occurredAt: at });
      expect(retry.nextExpectedVersion).toBe(2);
      expect(retry.events.map((e) => e.id)).toEqual(ids);
      expect(retry.events).toEqual(first.events);
      expect(await store.readStream(provA, 's-idem')).toHaveLength(2);
    });

    it('appends only the new events of a batch whose first ids are already stored, keeping the chain whole', async () => {
      const ctx = ctxFor(provA);
      const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
      await store.append('s-partial', [{ type: 'X', data: { n: 1 }, id: a }], {
        expectedVersion: 'no_stream',
        context: ctx,
        occurredAt: at,
      });
      await store.append('s-partial', [{ type: 'Y', data: { n: 2 }, id: b }], { expectedVersion: 1, context: ctx, occurredAt: at });
      const again = await store.append(
        's-partial',
        [
          { type: 'X', data: { n: 1 }, id: a },
          { type: 'Y', data: { n: 2 }, id: b },
          { type: 'Z', data: { n: 3 }, id: c },
        ],
        { expectedVersion: 2, context: ctx, occurredAt: at },
      );
      expect(again.nextExpectedVersion).toBe(3);
      expect(again.events.map((e) => [e.id, e.streamVersion])).toEqual([[c, 3]]);
      expect((await store.readStream(provA, 's-partial')).map((e) => e.id)).toEqual([a, b, c]);
      expect((await store.verify(provA, 's-partial')).ok).toBe(true);
    });

    it('reads by version range and as of a point in time (time travel)', async () => {
      const ctx = ctxFor(provA);
      await store.append(
        's-tt',
        [
          { type: 'A', data: {} },
          { type: 'B', data: {} },
        ],
        { expectedVersion: 'no_stream', context: ctx, occurredAt: at },
      );
      const [, b] = await store.readStream(provA, 's-tt');
      await new Promise((r) => setTimeout(r, 15));
      await store.append('s-tt', [{ type: 'C', data: {} }], { expectedVersion: 2, context: ctx, occurredAt: at });
      expect((await store.readStream(provA, 's-tt', { fromVersion: 2 })).map((e) => e.type)).toEqual(['B', 'C']);
      expect((await store.readStream(provA, 's-tt', { toVersion: 2 })).map((e) => e.type)).toEqual(['A', 'B']);
      expect((await store.readStream(provA, 's-tt', { fromVersion: 2, toVersion: 2 })).map((e) => e.type)).toEqual(['B']);
      const asOf = new Date(b!.recordedAt);
      expect((await store.readStream(provA, 's-tt', { asOf })).map((e) => e.type)).toEqual(['A', 'B']);
      expect(await store.readStream(provA, 's-tt', { asOf: new Date('2000-01-01') })).toEqual([]);
    });

    it('upcasts old schema versions on read, chaining upcasters', async () => {
      const ctx = ctxFor(provA);
      await store.append(
        's-up',
        [
          { type: 'ScoreRecorded', data: { score: 5 } },
          { type: 'ScoreRecorded', data: { score: 6, unit: 'points' }, schemaVersion: 2 },
          { type: 'ScoreRecorded', data: { score: 7, unit: 'points', v3: true }, schemaVersion: 3 },
        ],
        { expectedVersion: 'no_stream', context: ctx, occurredAt: at },
      );
      const read = await store.readStream(provA, 's-up');
      expect(read.map((e) => [e.schemaVersion, e.data])).toEqual([
        [3, { score: 5, unit: 'points', v3: true }],
        [3, { score: 6, unit: 'points', v3: true }],
        [3, { score: 7, unit: 'points', v3: true }],
      ]);
      expect((await store.verify(provA, 's-up')).ok).toBe(true); // hashes cover the stored, not upcast, data
    });

    it('lists the streams of a province by prefix', async () => {
      await store.append('list-1', [{ type: 'A', data: {} }], { expectedVersion: 'any', context: ctxFor(provA), occurredAt: at });
      await store.append('list-2', [{ type: 'A', data: {} }], { expectedVersion: 'any', context: ctxFor(provA), occurredAt: at });
      await store.append('list-3', [{ type: 'A', data: {} }], { expectedVersion: 'any', context: ctxFor(provB), occurredAt: at });
      expect((await store.listStreams(provA, 'list-')).map((s) => s.streamId)).toEqual(['list-1', 'list-2']);
      expect((await store.listStreams(provA, 'list-', { after: 'list-1' })).map((s) => s.streamId)).toEqual(['list-2']);
      expect((await store.listStreams(provB, 'list-')).map((s) => s.streamId)).toEqual(['list-3']);
    });

    it('readAll returns every event once, in a global order consistent with stream order, with paging', async () => {
      await store.append(
        'ra-a',
        [
          { type: 'A1', data: {} },
          { type: 'A2', data: {} },
        ],
        { expectedVersion: 'any', context: ctxFor(provA), occurredAt: at },
      );
      await store.append('ra-b', [{ type: 'B1', data: {} }], { expectedVersion: 'any', context: ctxFor(provB), occurredAt: at });
      const all: string[] = [];
      let checkpoint: string | null = null;
      for (;;) {
        const page = await store.readAll({ after: checkpoint, limit: 3 });
        all.push(...page.events.map((e) => e.id));
        if (page.events.length === 0) {
          expect(page.checkpoint).toBe(checkpoint);
          break;
        }
        checkpoint = page.checkpoint;
      }
      expect(new Set(all).size).toBe(all.length);
      const a = await store.readStream(provA, 'ra-a');
      const b = await store.readStream(provB, 'ra-b');
      const idx = (id: string) => all.indexOf(id);
      expect(idx(a[0]!.id)).toBeGreaterThanOrEqual(0);
      expect(idx(a[0]!.id)).toBeLessThan(idx(a[1]!.id));
      expect(idx(b[0]!.id)).toBeGreaterThan(idx(a[1]!.id));
      const again = await store.readAll({ after: checkpoint, limit: 100 });
      expect(again.events).toEqual([]);
    });

    describe('province isolation (RLS)', () => {
      it('a province session cannot read another province stream through the store', async () => {
        await store.append('secret-a', [{ type: 'A', data: { s: 1 } }], {
          expectedVersion: 'no_stream',
          context: ctxFor(provA),
          occurredAt: at,
        });
        expect(await store.readStream(provB, 'secret-a')).toEqual([]);
        expect(await store.listStreams(provB, 'secret-')).toEqual([]);
      });

      it('raw SQL through the app role sees only its own province rows', async () => {
        const rows = await h.db.withProvince(
          provB,
          async (tx) => (await tx.query<{ province: string }>(`SELECT DISTINCT province FROM ${schema}.events`)).rows,
        );
        expect(rows.map((r) => r.province)).toEqual([provB]);
        const streams = await h.db.withProvince(
          provB,
          async (tx) => (await tx.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${schema}.streams WHERE province = 'tinh-a'`)).rows,
        );
        expect(streams[0]!.n).toBe('0');
      });

      it('raw SQL through the app role cannot write another province rows nor edit events', async () => {
        await expect(
          h.db.withProvince(provB, (tx) =>
            tx.query(
              `INSERT INTO ${schema}.events (province, stream_id, stream_version, event_id, type, schema_version, data, actor,
                 occurred_at, recorded_at, correlation_id, hash)
               VALUES ('tinh-a', 'secret-a', 2, $1, 'Evil', 1, '{}', '{}', now(), now(), 'c', 'h')`,
              [randomUUID()],
            ),
          ),
        ).rejects.toThrow(/row-level security|permission denied/);
        await expect(
          h.db.withProvince(provB, (tx) =>
            tx.query(`INSERT INTO ${schema}.streams (province, stream_id, version) VALUES ('tinh-a', 'evil', 0)`),
          ),
        ).rejects.toThrow(/row-level security|permission denied/);
        // Not even in its own province: events are written only through the store's append function.
        await expect(
          h.db.withProvince(provA, (tx) =>
            tx.query(
              `INSERT INTO ${schema}.events (province, stream_id, stream_version, event_id, type, schema_version, data, actor,
                 occurred_at, recorded_at, correlation_id, hash)
               VALUES ('tinh-a', 'forged', 1, $1, 'Forged', 1, '{}', '{}', now(), now(), 'c', 'h')`,
              [randomUUID()],
            ),
          ),
        ).rejects.toThrow(/permission denied/);
        await expect(
          h.db.withProvince(provA, (tx) => tx.query(`UPDATE ${schema}.streams SET version = version + 1 WHERE province = 'tinh-a'`)),
        ).rejects.toThrow(/permission denied/);
        await expect(
          h.db.withProvince(provA, (tx) => tx.query(`UPDATE ${schema}.events SET data = '{"s":2}' WHERE stream_id = 'secret-a'`)),
        ).rejects.toThrow(/permission denied/);
        await expect(
          h.db.withProvince(provA, (tx) => tx.query(`DELETE FROM ${schema}.events WHERE stream_id = 'secret-a'`)),
        ).rejects.toThrow(/permission denied/);
        // Without a province the app role sees nothing at all.
        const none = await h.db.withProvince(provB, async (tx) => {
          await tx.query(`SELECT set_config('app.province', '', true)`);
          return (await tx.query(`SELECT 1 FROM ${schema}.events`)).rows;
        });
        expect(none).toEqual([]);
      });

      it('the system role reads across provinces', async () => {
        const rows = await h.db.asSystem(
          async (tx) => (await tx.query<{ province: string }>(`SELECT DISTINCT province FROM ${schema}.events ORDER BY 1`)).rows,
        );
        expect(rows.map((r) => r.province)).toEqual([provA, provB]);
      });
    });

    tamperEvidenceContract(() => ({ h, store, schema, at }));
  });
}
