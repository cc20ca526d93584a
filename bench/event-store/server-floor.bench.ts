/*
 * Server-side cost of one append, measured with pgbench (a C client, so almost no client cost): where the
 * store's append stands between a bare INSERT and the least an append with our guarantees must do.
 * Prints numbers and ratios from one run, asserts nothing.
 * Run: npm run build && node dist/bench/event-store/server-floor.bench.js  (needs pgbench: PostgreSQL's bindir)
 * Env: BENCH_FLOOR_SECONDS (per run, default 5).
 *
 * Variants, one event per transaction, autocommit (one statement = one commit), same durability:
 * - raw:    INSERT of the events row into `raw_events (LIKE events INCLUDING ALL)` under the same RLS policy;
 * - floor:  a SECURITY DEFINER plpgsql function doing only what any append with our guarantees needs — stream
 *           lock, read the stream head, INSERT the event, update the head — and nothing else (no version check,
 *           no idempotency lookup, no hash chain, no arrays);
 * - append: the store's real `append_batch` (what `EventStore.append` sends, as one statement).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createPostgresDatabase, pgUrlsFromEnv, rlsTableSql, type Database } from '@par/database';
import { eventStoreMigrations } from '@par/event-store';
import { isMain } from '../common';

const SECONDS = Number(process.env['BENCH_FLOOR_SECONDS'] || 5);
const P = 'tinh-bench';

function findPgbench(): string | null {
  const candidates: string[] = [];
  try {
    candidates.push(join(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim(), 'pgbench'));
  } catch {
    // no pg_config on PATH
  }
  if (existsSync('/usr/lib/postgresql')) {
    for (const v of readdirSync('/usr/lib/postgresql').sort().reverse()) candidates.push(`/usr/lib/postgresql/${v}/bin/pgbench`);
  }
  return candidates.find((c) => existsSync(c)) ?? null;
}

interface Run {
  tps: number;
  latencyMs: number;
}

function pgbench(bin: string, url: string, script: string, clients: number): Run {
  const r = spawnSync(bin, ['-n', '-M', 'prepared', '-c', String(clients), '-j', '1', '-T', String(SECONDS), '-f', script, url], {
    encoding: 'utf8',
    env: { ...process.env, PGOPTIONS: `-c app.province=${P}` },
  });
  const out = `${r.stdout}\n${r.stderr}`;
  const tps = /tps = ([\d.]+)/.exec(out);
  const lat = /latency average = ([\d.]+) ms/.exec(out);
  if (r.status !== 0 || !tps || !lat) throw new Error(`pgbench failed (${String(r.status)}):\n${out}`);
  return { tps: Number(tps[1]), latencyMs: Number(lat[1]) };
}

export async function runServerFloorBench(db: Database, adminUrl: string, appUrl: string): Promise<void> {
  const bin = findPgbench();
  if (!bin) {
    console.log('Skipped: server-side floor (pgbench not found; it ships with the PostgreSQL server package).');
    return;
  }
  const schema = `floor_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const s = schema;
  await db.migrate(schema, [
    ...eventStoreMigrations(schema),
    {
      name: '0100-floor',
      sql: `
CREATE SEQUENCE {{schema}}.seq;
COMMENT ON SEQUENCE {{schema}}.seq IS 'bench: unique stream versions for the raw variant';
CREATE TABLE {{schema}}.raw_events (LIKE {{schema}}.events INCLUDING ALL);
${rlsTableSql('{{schema}}.raw_events')}
CREATE TABLE {{schema}}.floor_events (LIKE {{schema}}.events INCLUDING ALL);
${rlsTableSql('{{schema}}.floor_events')}
CREATE TABLE {{schema}}.floor_streams (LIKE {{schema}}.streams INCLUDING ALL);
${rlsTableSql('{{schema}}.floor_streams')}
CREATE FUNCTION {{schema}}.floor_append(p_province text, p_stream_id text, p_data jsonb) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE v integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('par:floor:{{schema}}'), hashtext(p_province || '/' || p_stream_id));
  SELECT version INTO v FROM {{schema}}.floor_streams WHERE province = p_province AND stream_id = p_stream_id;
  IF NOT FOUND THEN
    v := 0;
    INSERT INTO {{schema}}.floor_streams (province, stream_id, version, last_hash) VALUES (p_province, p_stream_id, 0, NULL);
  END IF;
  INSERT INTO {{schema}}.floor_events (province, stream_id, stream_version, event_id, type, schema_version, data, actor,
      occurred_at, recorded_at, reason, correlation_id, causation_id, prev_hash, hash)
    VALUES (p_province, p_stream_id, v + 1, gen_random_uuid(), 'ScoreRecorded', 1, p_data, '{"id":"bench","roles":[]}',
      now(), clock_timestamp(), NULL, gen_random_uuid()::text, NULL, NULL, 'ff');
  UPDATE {{schema}}.floor_streams SET version = v + 1, last_hash = 'ff', updated_at = now()
   WHERE province = p_province AND stream_id = p_stream_id;
  RETURN v + 1;
END $fn$;
REVOKE ALL ON FUNCTION {{schema}}.floor_append(text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {{schema}}.floor_append(text, text, jsonb) TO {{app_role}};
`,
    },
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'par-floor-'));
  const admin = new pg.Client({ connectionString: adminUrl.replace(/\/postgres$/, '/par') });
  await admin.connect();
  try {
    const data = `'{"score":7.5,"criterion":"C1.2","note":"Đã hoàn thành đúng hạn"}'`;
    const scripts = {
      raw: `INSERT INTO ${s}.raw_events (province, stream_id, stream_version, event_id, type, schema_version, data, actor,
  occurred_at, recorded_at, reason, correlation_id, causation_id, prev_hash, hash)
  VALUES ('${P}', 'r-' || :client_id, nextval('${s}.seq')::integer, gen_random_uuid(), 'ScoreRecorded', 1, ${data},
  '{"id":"bench","roles":[]}', now(), clock_timestamp(), NULL, gen_random_uuid()::text, NULL, NULL, 'ff');`,
      floor: `SELECT ${s}.floor_append(set_config('app.province', '${P}', true), 'f-' || :client_id, ${data});`,
      // The hash template parts are what the store sends for such an event (their content does not change the cost).
      append: `SELECT * FROM ${s}.append_batch(set_config('app.province', '${P}', true), 'a-' || :client_id, -1,
  '{"id":"bench","roles":["unit_officer"]}'::jsonb, now(), gen_random_uuid()::text, NULL, ARRAY[gen_random_uuid()], ARRAY[false],
  ARRAY['ScoreRecorded'], ARRAY[1], ARRAY[${data}::jsonb], ARRAY[NULL::text],
  ARRAY['{"actor":{"id":"bench","roles":["unit_officer"]},"causationId":null,"correlationId":"c","data":{"criterion":"C1.2","note":"x","score":7.5},"id":"i","occurredAt":"o","prevHash":'],
  ARRAY[',"province":"${P}","reason":null,"recordedAt":'], ARRAY[',"schemaVersion":1,"streamId":"s","streamVersion":'],
  ARRAY[',"type":"ScoreRecorded"}']);`,
    };
    const files: Record<string, string> = {};
    for (const [name, sql] of Object.entries(scripts)) {
      files[name] = join(dir, `${name}.sql`);
      // One line per script; `":` becomes `": ` so pgbench does not read JSON keys' colons as `:variables`.
      writeFileSync(files[name], `${sql.replace(/\s*\n\s*/g, ' ').replaceAll('":', '": ')}\n`);
    }
    const version = await admin.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    console.log(`\n== server-side cost of one append (pgbench ${SECONDS} s per run, PostgreSQL ${version.rows[0]!.v}) ==`);
    console.log('order raw, floor, append, append, floor, raw; one event per transaction, one statement, autocommit');
    console.log('clients | raw tps | floor tps | append tps | floor/raw | append/raw | append/floor | avg latency ms raw, floor, append');
    for (const clients of [1, 8]) {
      pgbench(bin, appUrl, files['append']!, clients); // warm-up: stream rows, plans
      pgbench(bin, appUrl, files['floor']!, clients);
      const runs: Record<string, Run[]> = { raw: [], floor: [], append: [] };
      for (const name of ['raw', 'floor', 'append', 'append', 'floor', 'raw'])
        runs[name]!.push(pgbench(bin, appUrl, files[name]!, clients));
      const avg = (name: string, k: keyof Run) => runs[name]!.reduce((a, r) => a + r[k], 0) / runs[name]!.length;
      const [raw, floor, append] = [avg('raw', 'tps'), avg('floor', 'tps'), avg('append', 'tps')];
      console.log(
        [
          String(clients).padStart(7),
          raw.toFixed(0).padStart(7),
          floor.toFixed(0).padStart(9),
          append.toFixed(0).padStart(10),
          (floor / raw).toFixed(2).padStart(9),
          (append / raw).toFixed(2).padStart(10),
          (append / floor).toFixed(2).padStart(12),
          ` ${avg('raw', 'latencyMs').toFixed(3)}, ${avg('floor', 'latencyMs').toFixed(3)}, ${avg('append', 'latencyMs').toFixed(3)}`,
        ].join(' |'),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

if (isMain(import.meta.url)) {
  const urls = pgUrlsFromEnv();
  const db = await createPostgresDatabase({ ...urls, poolSize: 2 });
  try {
    await runServerFloorBench(db, urls.adminUrl, urls.appUrl);
  } catch (e) {
    console.error(e);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
