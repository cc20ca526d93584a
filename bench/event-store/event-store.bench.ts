/*
 * Event store benchmarks on real PostgreSQL (PAR_PG_* env) and Kafka (PAR_KAFKA_BROKERS).
 * Prints numbers and ratios, asserts nothing. Run: npm run build && node dist/bench/event-store/event-store.bench.js
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ProvinceId, RequestContext } from '@par/kernel';
import { createPostgresDatabase, pgUrlsFromEnv, type Database } from '@par/database';
import { createEventStore, eventStoreMigrations, type EventStore } from '@par/event-store';
import { createKafkaBus, eventMessage, kafkaBrokersFromEnv, projectionMigrations, startForwarder, startProjection } from '@par/messaging';

const P = 'tinh-bench' as ProvinceId;
const ctx = (): RequestContext => ({ province: P, actor: { id: 'bench', roles: ['unit_officer'] }, correlationId: randomUUID() });
const OPS = Number(process.env['BENCH_OPS'] || 400);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function measure(label: string, writers: number, op: (w: number, i: number) => Promise<void>, eventsPerOp = 1) {
  const lat: number[] = [];
  const perWriter = Math.ceil(OPS / writers);
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < perWriter; i++) {
        const s = performance.now();
        await op(w, i);
        lat.push(performance.now() - s);
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  const r = { label, writers, ops: lat.length, opsPerSec: lat.length / secs, eventsPerSec: (lat.length * eventsPerOp) / secs, p50: pct(lat, 50), p99: pct(lat, 99) };
  console.log(
    `${label.padEnd(34)} writers=${writers} ops=${r.ops} ${r.opsPerSec.toFixed(0).padStart(6)} ops/s ${r.eventsPerSec.toFixed(0).padStart(6)} ev/s p50=${r.p50.toFixed(2)}ms p99=${r.p99.toFixed(2)}ms`,
  );
  return r;
}

async function main() {
  const urls = pgUrlsFromEnv();
  const db: Database = await createPostgresDatabase({ ...urls, poolSize: 10 });
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const rm = `${schema}_rm`;
  await db.migrate(schema, [
    ...eventStoreMigrations(schema),
    { name: '0100-baseline', sql: `CREATE TABLE {{schema}}.raw_events (id bigserial PRIMARY KEY, province text NOT NULL, stream_id text NOT NULL, data jsonb NOT NULL)` },
  ]);
  await db.migrate(rm, [...projectionMigrations(rm), { name: '0100-seen', sql: `CREATE TABLE {{schema}}.seen (province text NOT NULL, event_id text NOT NULL, PRIMARY KEY (province, event_id))` }]);
  const store: EventStore = createEventStore(db, { schema });
  const data = { score: 7.5, criterion: 'C1.2', note: 'Đã hoàn thành đúng hạn' };
  const versions = new Map<string, number>();
  const append = async (stream: string, n: number) => {
    const r = await store.append(stream, Array.from({ length: n }, () => ({ type: 'ScoreRecorded', data })), {
      expectedVersion: versions.get(stream) ?? 0,
      context: ctx(),
      occurredAt: new Date(),
    });
    versions.set(stream, r.nextExpectedVersion);
  };
  const raw = (stream: string, n: number) =>
    db.withProvince(P, (tx) =>
      tx.query(`INSERT INTO ${schema}.raw_events (province, stream_id, data) SELECT $1, $2, $3::jsonb FROM generate_series(1, $4)`, [P, stream, JSON.stringify(data), n]),
    );

  console.log(`\n== append (PostgreSQL ${new URL(urls.appUrl).host}, ${OPS} ops per case, one stream per writer) ==`);
  const results: Record<string, number> = {};
  for (const writers of [1, 8]) {
    for (const batch of [1, 10]) {
      const run = randomUUID().slice(0, 6);
      const es = await measure(`store append batch=${batch}`, writers, (w) => append(`s-${run}-${w}`, batch), batch);
      const base = await measure(`raw INSERT baseline batch=${batch}`, writers, (w) => raw(`r-${run}-${w}`, batch).then(() => undefined), batch);
      results[`w${writers}b${batch}`] = es.eventsPerSec / base.eventsPerSec;
      console.log(`  ratio store/raw throughput: ${(es.eventsPerSec / base.eventsPerSec).toFixed(2)}  p50 ratio: ${(es.p50 / base.p50).toFixed(2)}`);
    }
  }

  console.log('\n== replay (readAll in pages of 1000) ==');
  let checkpoint: string | null = null;
  let n = 0;
  const t0 = performance.now();
  for (;;) {
    const page = await store.readAll({ after: checkpoint, limit: 1000 });
    if (page.events.length === 0) break;
    n += page.events.length;
    checkpoint = page.checkpoint;
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(`replayed ${n} events in ${secs.toFixed(2)} s = ${(n / secs).toFixed(0)} ev/s`);

  console.log('\n== store -> Kafka -> read model latency (forwarder poll 20 ms) ==');
  const bus = createKafkaBus({ brokers: kafkaBrokersFromEnv(), clientId: `bench-${schema}`, lagIntervalMs: 0 });
  const topic = `par.bench-${schema}.v1`;
  const fwd = await startForwarder({ name: 'bench', db, store, bus, toMessage: (e) => (e.streamId.startsWith('lat-') ? eventMessage(topic, e) : null), pollIntervalMs: 20 });
  const arrived = new Map<string, number>();
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
  // wrap: measure when the projection transaction committed, by polling arrival through the handle
  const lat: number[] = [];
  for (let i = 0; i < 40; i++) {
    const s = performance.now();
    const r = await store.append(`lat-${i}`, [{ type: 'Ping', data: { i } }], { expectedVersion: 'no_stream', context: ctx(), occurredAt: new Date() });
    const id = r.events[0]!.id;
    for (;;) {
      const seen = await db.withProvince(P, (tx) => tx.query(`SELECT 1 FROM ${rm}.seen WHERE province = $1 AND event_id = $2`, [P, id]));
      if (seen.rows.length > 0) break;
      await new Promise((res) => setTimeout(res, 2));
    }
    lat.push(performance.now() - s);
    arrived.set(id, performance.now());
  }
  console.log(`end-to-end p50=${pct(lat, 50).toFixed(1)}ms p99=${pct(lat, 99).toFixed(1)}ms (n=${lat.length}; includes 20 ms poll interval and 2 ms read-model polling)`);
  await proj.stop();
  await fwd.stop();
  await bus.close();

  const admin = new pg.Client({ connectionString: urls.adminUrl.replace(/\/postgres$/, '/par') });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${rm} CASCADE`);
  await admin.end();
  await db.close();
  console.log('\nratios (store/raw ev/s):', Object.entries(results).map(([k, v]) => `${k}=${v.toFixed(2)}`).join(' '));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
