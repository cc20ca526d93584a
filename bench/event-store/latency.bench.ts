/*
 * Store -> forwarder -> Kafka -> projection -> read model latency on real PostgreSQL and Kafka.
 * One append at a time; the clock stops when the read-model row is visible to a new transaction (polled every 2 ms).
 * Prints p50/p95/p99, asserts nothing. Run: npm run build && node dist/bench/event-store/latency.bench.js
 * Env: BENCH_LATENCY_SAMPLES (default 200), BENCH_FORWARDER_POLL_MS (default 20).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ProvinceId, RequestContext } from '@par/kernel';
import { createPostgresDatabase, pgUrlsFromEnv, rlsTableSql, type Database } from '@par/database';
import { createEventStore, eventMessage, eventStoreMigrations, startForwarder } from '@par/event-store';
import { createKafkaBus, kafkaBrokersFromEnv } from '@par/messaging';
import { projectionMigrations, startProjection } from '@par/projections';
import { isMain, memLine, pct } from '../common';

const P = 'tinh-bench' as ProvinceId;
const ctx = (): RequestContext => ({ province: P, actor: { id: 'bench', roles: ['unit_officer'] }, correlationId: randomUUID() });
const SAMPLES = Number(process.env['BENCH_LATENCY_SAMPLES'] || 200);
const POLL_MS = Number(process.env['BENCH_FORWARDER_POLL_MS'] || 20);

export async function runLatencyBench(db: Database, adminUrl: string): Promise<void> {
  const schema = `benchlat_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const rm = `${schema}_rm`;
  await db.migrate(schema, eventStoreMigrations(schema));
  await db.migrate(rm, [
    ...projectionMigrations(rm),
    {
      name: '0100-seen',
      sql: `CREATE TABLE {{schema}}.seen (province text NOT NULL, event_id text NOT NULL, PRIMARY KEY (province, event_id));\n${rlsTableSql('{{schema}}.seen')}`,
    },
  ]);
  const store = createEventStore(db, { schema });
  const bus = createKafkaBus({ brokers: kafkaBrokersFromEnv(), clientId: `bench-${schema}`, lagIntervalMs: 0 });
  const topic = `par.bench-${schema}.v1`;
  const fwd = await startForwarder({ name: 'bench', db, store, bus, toMessage: (e) => eventMessage(topic, e), pollIntervalMs: POLL_MS });
  const proj = await startProjection({
    name: `bench-${schema}`,
    schema: rm,
    db,
    bus,
    topics: [topic],
    handle: async (tx, m) => {
      await tx.query(`INSERT INTO ${rm}.seen (province, event_id) VALUES ($1, $2)`, [m.headers['province'], m.headers['event-id']]);
    },
  });
  const seen = async (id: string) =>
    (await db.withProvince(P, (tx) => tx.query(`SELECT 1 FROM ${rm}.seen WHERE province = $1 AND event_id = $2`, [P, id]))).rows.length > 0;
  const once = async (stream: string) => {
    const s = performance.now();
    const r = await store.append(stream, [{ type: 'Ping', data: { stream } }], {
      expectedVersion: 'no_stream',
      context: ctx(),
      occurredAt: new Date(),
    });
    const id = r.events[0]!.id;
    const deadline = s + 30_000;
    while (!(await seen(id))) {
      if (performance.now() > deadline) throw new Error(`event ${id} not projected within 30 s`);
      await new Promise((res) => setTimeout(res, 2));
    }
    return performance.now() - s;
  };
  try {
    for (let i = 0; i < 10; i++) await once(`warm-${i}`); // consumer group join, topic metadata, plans
    const lat: number[] = [];
    for (let i = 0; i < SAMPLES; i++) lat.push(await once(`lat-${i}`));
    console.log(`\n== store -> Kafka -> read model latency (forwarder poll ${POLL_MS} ms, ${SAMPLES} sequential appends) ==`);
    console.log(
      `end-to-end p50 ${pct(lat, 50).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms (goal < 200), p99 ${pct(lat, 99).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms`,
    );
    console.log(memLine('after latency'));
  } finally {
    await proj.stop();
    await fwd.stop();
    await bus.close();
    const admin = new pg.Client({ connectionString: adminUrl.replace(/\/postgres$/, '/par') });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${rm} CASCADE`);
    await admin.end();
  }
}

if (isMain(import.meta.url)) {
  const urls = pgUrlsFromEnv();
  const db = await createPostgresDatabase({ ...urls, poolSize: 10 });
  try {
    await runLatencyBench(db, urls.adminUrl);
  } catch (e) {
    console.error(e);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
