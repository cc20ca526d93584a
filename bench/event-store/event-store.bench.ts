/*
 * Event store benchmarks on real PostgreSQL (PAR_PG_* env): append (store vs a raw INSERT baseline with the same
 * durability) and replay. Prints numbers and ratios, asserts nothing.
 * Run: npm run build && node dist/bench/event-store/event-store.bench.js
 * Env: BENCH_OPS (appends per case, default 400), BENCH_REPLAY_EVENTS (default 100000).
 *
 * Two baselines, both writing the same events row (same columns and widths, same PK, unique and secondary
 * indexes, identity and xid8 defaults — `LIKE events INCLUDING ALL`) under the same RLS policy, one commit per
 * append (synchronous_commit as configured on the server, printed below), prepared statements like the store:
 * - "raw tx": the way a plain repository writes — one `withProvince` transaction per append (BEGIN,
 *   set_config app.province, one multi-row INSERT … VALUES, COMMIT: 4 round trips);
 * - "raw 1-stmt": the least a raw INSERT can cost — one INSERT … VALUES statement in autocommit (1 round trip)
 *   on connections bound to the province for their whole life (session-level app.province).
 * The store appends in one round trip too (`Database.callInProvince`: the province is set by the call itself).
 * What the baselines do NOT do, and the store does: stream lock, version check, idempotency lookup, hash chain,
 * stream row update, returning what the database assigned. The goal (>= 0.80) is checked against "raw 1-stmt".
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ProvinceId, RequestContext } from '@par/kernel';
import { createPostgresDatabase, pgUrlsFromEnv, rlsTableSql, type Database } from '@par/database';
import { createEventStore, eventStoreMigrations, type EventStore } from '@par/event-store';
import { getPostgreSQLEventStore, type PostgresEventStore } from '@event-driven-io/emmett-postgresql';
import { isMain, memLine, pct } from '../common';

const P = 'tinh-bench' as ProvinceId;
const ctx = (): RequestContext => ({ province: P, actor: { id: 'bench', roles: ['unit_officer'] }, correlationId: randomUUID() });
const OPS = Number(process.env['BENCH_OPS'] || 400);
const REPLAY_EVENTS = Number(process.env['BENCH_REPLAY_EVENTS'] || 100_000);
/** Appends per variant before measuring: connections, prepared statements and V8's optimised code warm up. */
const WARMUP = Number(process.env['BENCH_WARMUP'] || 200);
const data = { score: 7.5, criterion: 'C1.2', note: 'Đã hoàn thành đúng hạn' };

interface Sample {
  lat: number[];
  secs: number;
  /** Node CPU (user + system) spent in the run, µs. */
  cpuUs: number;
}

/** `writers` concurrent loops, `ops` operations in total. */
async function drive(writers: number, ops: number, op: (w: number) => Promise<void>): Promise<Sample> {
  const lat: number[] = [];
  const perWriter = Math.ceil(ops / writers);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < perWriter; i++) {
        const s = performance.now();
        await op(w);
        lat.push(performance.now() - s);
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { lat, secs, cpuUs: c.user + c.system };
}

function summary(samples: Sample[], eventsPerOp: number) {
  const lat = samples.flatMap((s) => s.lat);
  const secs = samples.reduce((a, s) => a + s.secs, 0);
  const cpuUs = samples.reduce((a, s) => a + s.cpuUs, 0);
  return {
    ops: lat.length,
    evPerSec: (lat.length * eventsPerOp) / secs,
    p50: pct(lat, 50),
    p99: pct(lat, 99),
    cpuPerOp: cpuUs / lat.length,
  };
}

export async function runEventStoreBench(db: Database, adminUrl: string, appUrl: string): Promise<void> {
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
  await db.migrate(schema, [
    ...eventStoreMigrations(schema),
    {
      name: '0100-baseline',
      sql: `CREATE TABLE {{schema}}.raw_events (LIKE {{schema}}.events INCLUDING ALL);\n${rlsTableSql('{{schema}}.raw_events')}`,
    },
  ]);
  const admin = new pg.Client({ connectionString: adminUrl.replace(/\/postgres$/, '/par') });
  await admin.connect();
  // Emmett's PostgreSQL event store on the same server, in a database of its own (its tables live in `public`)
  const emmettDb = `${schema}_emmett`;
  await admin.query(`CREATE DATABASE ${emmettDb} OWNER par_owner`);
  const emmett: PostgresEventStore = getPostgreSQLEventStore(
    Object.assign(new URL(pgUrlsFromEnv().ownerUrl), { pathname: `/${emmettDb}` }).toString(),
  );
  await emmett.schema.migrate();
  // "raw 1-stmt" baseline: application-role connections bound to the province for their whole life.
  const bound = new pg.Pool({ connectionString: appUrl, max: 10, options: `-c app.province=${P}` });
  try {
    const settings = await admin.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings WHERE name IN ('synchronous_commit', 'fsync', 'wal_sync_method', 'server_version')`,
    );
    const store: EventStore = createEventStore(db, { schema });
    const versions = new Map<string, number>();
    const append = async (stream: string, n: number) => {
      const r = await store.append(
        stream,
        Array.from({ length: n }, () => ({ type: 'ScoreRecorded', data })),
        {
          expectedVersion: versions.get(stream) ?? 0,
          context: ctx(),
          occurredAt: new Date(),
        },
      );
      versions.set(stream, r.nextExpectedVersion);
    };
    const hash = 'f'.repeat(64);
    const actor = JSON.stringify({ id: 'bench', roles: ['unit_officer'] });
    const rawRows = (stream: string, n: number) => {
      const v = versions.get(stream) ?? 0;
      versions.set(stream, v + n);
      const now = new Date().toISOString();
      const params: unknown[] = [];
      const values: string[] = [];
      for (let i = 0; i < n; i++) {
        const row = [
          P,
          stream,
          v + i + 1,
          randomUUID(),
          'ScoreRecorded',
          1,
          JSON.stringify(data),
          actor,
          now,
          now,
          null,
          randomUUID(),
          null,
          v + i === 0 ? null : hash,
          hash,
        ];
        values.push(`(${row.map((_, k) => `$${params.length + k + 1}`).join(', ')})`);
        params.push(...row);
      }
      const text = `INSERT INTO ${schema}.raw_events (province, stream_id, stream_version, event_id, type, schema_version, data, actor,
             occurred_at, recorded_at, reason, correlation_id, causation_id, prev_hash, hash) VALUES ${values.join(', ')}`;
      return { text, params, name: `bench_raw_${schema}_${n}` };
    };
    const rawTx = (stream: string, n: number) => {
      const { text, params, name } = rawRows(stream, n);
      return db.withProvince(P, async (tx) => {
        await tx.query(text, params, { name });
      });
    };
    const rawOne = async (stream: string, n: number) => {
      const { text, params, name } = rawRows(stream, n);
      await bound.query({ name, text, values: params });
    };
    // Emmett: the same event data and, as metadata, what our store records beside it (province, actor, correlation)
    const emmettVersions = new Map<string, bigint>();
    const emmettAppend = async (stream: string, n: number) => {
      const metadata = { province: P, actor: { id: 'bench', roles: ['unit_officer'] }, correlationId: randomUUID() };
      const r = await emmett.appendToStream(
        stream,
        Array.from({ length: n }, () => ({ type: 'ScoreRecorded', data, metadata })),
        { expectedStreamVersion: emmettVersions.get(stream) ?? 0n },
      );
      emmettVersions.set(stream, r.nextExpectedStreamVersion);
    };

    console.log(
      `\n== append: store vs raw INSERT baseline (PostgreSQL ${settings.rows.map((r) => `${r.name}=${r.setting}`).join(', ')}) ==`,
    );
    console.log(
      `${OPS} appends per case, one stream per writer, runs in the order store, tx, 1-stmt, Emmett, Emmett, 1-stmt, tx, store to spread drift`,
    );
    console.log(
      'case              | store ev/s | raw tx ev/s | raw 1-stmt ev/s | Emmett ev/s | store/tx | store/1-stmt | store/Emmett | p50 / p99 ms: store | raw tx | raw 1-stmt | Emmett | node CPU µs/append: store, tx, 1-stmt, Emmett',
    );
    const ratios: string[] = [];
    const emmettRatios: string[] = [];
    const fmt = (x: ReturnType<typeof summary>) => `${x.p50.toFixed(2)} / ${x.p99.toFixed(2)}`;
    for (const writers of [1, 8]) {
      for (const batch of [1, 10]) {
        const run = randomUUID().slice(0, 6);
        await drive(writers, WARMUP, (w) => append(`warm-${run}-${w}`, batch)); // warm up connections and plans
        await drive(writers, WARMUP, (w) => rawTx(`twarm-${run}-${w}`, batch));
        await drive(writers, WARMUP, (w) => rawOne(`owarm-${run}-${w}`, batch));
        await drive(writers, WARMUP, (w) => emmettAppend(`ewarm-${run}-${w}`, batch));
        const half = Math.ceil(OPS / 2);
        const es: Sample[] = [];
        const tx: Sample[] = [];
        const one: Sample[] = [];
        const em: Sample[] = [];
        es.push(await drive(writers, half, (w) => append(`s-${run}-${w}`, batch)));
        tx.push(await drive(writers, half, (w) => rawTx(`t-${run}-${w}`, batch)));
        one.push(await drive(writers, half, (w) => rawOne(`o-${run}-${w}`, batch)));
        em.push(await drive(writers, half, (w) => emmettAppend(`e-${run}-${w}`, batch)));
        em.push(await drive(writers, half, (w) => emmettAppend(`e-${run}-${w}`, batch)));
        one.push(await drive(writers, half, (w) => rawOne(`o-${run}-${w}`, batch)));
        tx.push(await drive(writers, half, (w) => rawTx(`t-${run}-${w}`, batch)));
        es.push(await drive(writers, half, (w) => append(`s-${run}-${w}`, batch)));
        const a = summary(es, batch);
        const b = summary(tx, batch);
        const c = summary(one, batch);
        const e = summary(em, batch);
        ratios.push(`w${writers}b${batch}=${(a.evPerSec / c.evPerSec).toFixed(2)}`);
        emmettRatios.push(`w${writers}b${batch}=${(a.evPerSec / e.evPerSec).toFixed(2)}`);
        console.log(
          [
            `${writers} writer${writers > 1 ? 's' : ' '}, batch ${String(batch).padEnd(2)}`.padEnd(17),
            a.evPerSec.toFixed(0).padStart(10),
            b.evPerSec.toFixed(0).padStart(11),
            c.evPerSec.toFixed(0).padStart(15),
            e.evPerSec.toFixed(0).padStart(11),
            (a.evPerSec / b.evPerSec).toFixed(2).padStart(8),
            (a.evPerSec / c.evPerSec).toFixed(2).padStart(12),
            (a.evPerSec / e.evPerSec).toFixed(2).padStart(12),
            `${fmt(a)} | ${fmt(b)} | ${fmt(c)} | ${fmt(e)}`,
            `${a.cpuPerOp.toFixed(0)}, ${b.cpuPerOp.toFixed(0)}, ${c.cpuPerOp.toFixed(0)}, ${e.cpuPerOp.toFixed(0)}`,
          ].join(' | '),
        );
      }
    }
    console.log(`ratios store / raw 1-stmt (goal >= 0.80): ${ratios.join(' ')}`);
    console.log(`ratios store / Emmett (goal >= 1.0): ${emmettRatios.join(' ')}`);
    console.log(memLine('after append'));

    // Replay: top the store up to REPLAY_EVENTS with 8 writers appending batches of 100.
    const { rows: cnt } = await admin.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${schema}.events`);
    let have = Number(cnt[0]!.n);
    const seedT0 = performance.now();
    const seeded = have;
    const longStream = `long-${randomUUID().slice(0, 6)}`;
    await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        const stream = w === 0 ? longStream : `seed-${w}-${randomUUID().slice(0, 6)}`;
        while (have < REPLAY_EVENTS) {
          have += 100;
          await append(stream, 100);
        }
      }),
    );
    const seedSecs = (performance.now() - seedT0) / 1000;
    console.log(
      `\n== replay (${have} events; seeded ${have - seeded} with 8 writers × batches of 100 at ${((have - seeded) / seedSecs).toFixed(0)} ev/s) ==`,
    );
    await admin.query(`VACUUM ANALYZE ${schema}.events`);
    // Warm-up pass over the first 20,000 events (V8 optimises the row parsing, the pool connects): a replay
    // that matters — a rebuild or a new consumer over a real store — runs for minutes at the steady-state rate.
    for (let after: string | null = null, n = 0; n < 20_000;) {
      const res = await store.readAll({ after, limit: 1000 });
      if (res.events.length === 0) break;
      n += res.events.length;
      after = res.checkpoint;
    }
    console.log('(after a warm-up pass over 20,000 events)');
    for (const page of [1000, 5000]) {
      let checkpoint: string | null = null;
      let n = 0;
      const t0 = performance.now();
      let peakRss = 0;
      for (;;) {
        const res = await store.readAll({ after: checkpoint, limit: page });
        if (res.events.length === 0) break;
        n += res.events.length;
        checkpoint = res.checkpoint;
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }
      const secs = (performance.now() - t0) / 1000;
      console.log(
        `readAll pages of ${String(page).padEnd(5)}: ${n} events in ${secs.toFixed(2)} s = ${(n / secs).toFixed(0).padStart(7)} ev/s (goal >= 100,000); peak RSS ${(peakRss / 1048576).toFixed(0)} MB`,
      );
    }
    {
      const t0 = performance.now();
      const evs = await store.readStream(P, longStream);
      const secs = (performance.now() - t0) / 1000;
      console.log(`readStream one stream: ${evs.length} events in ${secs.toFixed(2)} s = ${(evs.length / secs).toFixed(0)} ev/s`);
    }
    console.log(memLine('after replay'));
  } finally {
    await emmett.close();
    await admin.query(`DROP DATABASE IF EXISTS ${emmettDb} WITH (FORCE)`);
    await bound.end();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

if (isMain(import.meta.url)) {
  const urls = pgUrlsFromEnv();
  const db = await createPostgresDatabase({ ...urls, poolSize: 10 });
  try {
    await runEventStoreBench(db, urls.adminUrl, urls.appUrl);
  } catch (e) {
    console.error(e);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
