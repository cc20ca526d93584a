/* Store -> forwarder -> bus -> projection, against any Database and MessageBus. Test-only. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it, afterAll, beforeAll } from '@jest/globals';
import type { ProvinceId, RequestContext } from '@par/kernel';
import { rlsTableSql, type Database } from '@par/database';
import { createEventStore, eventMessage, eventStoreMigrations, startForwarder, type EventStore } from '@par/event-store';
import type { IncomingMessage, MessageBus } from '@par/messaging';
import { waitFor } from '@par/messaging/testing';
import { projectionMigrations, startProjection } from '../index';

const A = 'tinh-a' as ProvinceId;
const B = 'tinh-b' as ProvinceId;
const ctx = (province: ProvinceId): RequestContext => ({
  province,
  actor: { id: 'u', roles: ['unit_officer'] },
  correlationId: randomUUID(),
});

export function pipelineContract(
  label: string,
  make: () => Promise<{ db: Database; bus: MessageBus; cleanup(): Promise<void> }>,
  timeoutMs = 30_000,
): void {
  describe(`forwarder + projection (${label})`, () => {
    let db: Database;
    let bus: MessageBus;
    let cleanup: () => Promise<void>;
    let store: EventStore;
    const run = randomUUID().replaceAll('-', '').slice(0, 10);
    const esSchema = `es_${run}`;
    const rmSchema = `rm_${run}`;
    const topic = `par.pipeline-${run}.v1`;
    const seen: IncomingMessage[] = [];

    beforeAll(async () => {
      ({ db, bus, cleanup } = await make());
      await db.migrate(esSchema, eventStoreMigrations(esSchema));
      await db.migrate(rmSchema, [
        ...projectionMigrations(rmSchema),
        {
          name: '0002-counts',
          sql: `CREATE TABLE {{schema}}.stream_counts (province text NOT NULL, stream_id text NOT NULL, n integer NOT NULL,
                  last_type text, PRIMARY KEY (province, stream_id));
                ${rlsTableSql('{{schema}}.stream_counts')}`,
        },
      ]);
      store = createEventStore(db, { schema: esSchema });
    });
    afterAll(async () => {
      await cleanup?.();
    });

    it('events become rows in the read model and messages on the bus; replays do not double-apply', async () => {
      const fwd = await startForwarder({
        name: 'fwd',
        db,
        store,
        bus,
        toMessage: (e) => eventMessage(topic, e),
        pollIntervalMs: 50,
        batchSize: 7,
      });
      const tap = await bus.subscribe({
        groupId: `tap-${run}`,
        topics: [topic],
        fromBeginning: true,
        handle: async (m) => void seen.push(m),
      });
      const proj = await startProjection({
        name: 'counts',
        schema: rmSchema,
        db,
        bus,
        topics: [topic],
        handle: async (tx, m) => {
          const others = await tx.query(`SELECT 1 FROM ${rmSchema}.stream_counts WHERE province <> $1`, [m.headers['province']]);
          if (others.rows.length > 0) throw new Error('RLS leak');
          await tx.query(
            `INSERT INTO ${rmSchema}.stream_counts (province, stream_id, n, last_type) VALUES ($1, $2, 1, $3)
             ON CONFLICT (province, stream_id) DO UPDATE SET n = ${rmSchema}.stream_counts.n + 1, last_type = EXCLUDED.last_type`,
            [m.headers['province'], m.key, m.headers['event-type']],
          );
        },
      });
      for (let i = 0; i < 5; i++) {
        await store.append(
          `a-${i % 2}`,
          [
            { type: 'T', data: { i } },
            { type: 'U', data: { i } },
          ],
          { expectedVersion: 'any', context: ctx(A), occurredAt: new Date() },
        );
        await store.append(`b-${i % 3}`, [{ type: 'V', data: { i } }], { expectedVersion: 'any', context: ctx(B), occurredAt: new Date() });
      }
      await fwd.drain();
      const counts = async (p: ProvinceId) =>
        db.withProvince(
          p,
          async (tx) =>
            (await tx.query<{ stream_id: string; n: number }>(`SELECT stream_id, n FROM ${rmSchema}.stream_counts ORDER BY stream_id`))
              .rows,
        );
      await waitFor(
        async () => (await counts(A)).reduce((s, r) => s + r.n, 0) === 10 && (await counts(B)).reduce((s, r) => s + r.n, 0) === 5,
        timeoutMs,
        'read model',
      );
      expect(await counts(A)).toEqual([
        { stream_id: 'a-0', n: 6 },
        { stream_id: 'a-1', n: 4 },
      ]);
      expect(await counts(B)).toEqual([
        { stream_id: 'b-0', n: 2 },
        { stream_id: 'b-1', n: 2 },
        { stream_id: 'b-2', n: 1 },
      ]);
      await waitFor(() => seen.length === 15, timeoutMs, 'bus messages');
      const m0 = seen.find((m) => m.key === 'a-0')!;
      expect(m0.headers).toMatchObject({ province: 'tinh-a', 'event-type': 'T', 'schema-version': '1' });
      expect(m0.headers['event-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(m0.headers['correlation-id']).toBeTruthy();
      // per-stream order on the bus
      const a0 = seen.filter((m) => m.key === 'a-0').map((m) => (m.value as { streamVersion: number }).streamVersion);
      expect(a0).toEqual([1, 2, 3, 4, 5, 6]);

      // Replay: the same messages again (as after a forwarder crash before its checkpoint) change nothing.
      await bus.publish(seen.slice(0, 6).map((m) => ({ topic, key: m.key, value: m.value, headers: m.headers })));
      await waitFor(() => seen.length === 21, timeoutMs, 'replayed messages');
      await waitFor(async () => (await proj.lag()) === 0, timeoutMs, 'projection lag 0');
      expect(await counts(A)).toEqual([
        { stream_id: 'a-0', n: 6 },
        { stream_id: 'a-1', n: 4 },
      ]);
      expect((await counts(B)).reduce((s, r) => s + r.n, 0)).toBe(5);

      // The forwarder resumes from its checkpoint after a restart: nothing is forwarded twice.
      await fwd.stop();
      const fwd2 = await startForwarder({ name: 'fwd', db, store, bus, toMessage: (e) => eventMessage(topic, e), pollIntervalMs: 50 });
      await store.append('a-9', [{ type: 'W', data: {} }], { expectedVersion: 'no_stream', context: ctx(A), occurredAt: new Date() });
      await fwd2.drain();
      await waitFor(() => seen.length === 22, timeoutMs, 'one more');
      await new Promise((r) => setTimeout(r, 300));
      expect(seen.length).toBe(22);
      await fwd2.stop();
      await proj.stop();
      await tap.close();
    });
  });
}
