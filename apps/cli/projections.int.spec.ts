import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';
import { createPostgresDatabase, pgUrlsFromEnv, type Database } from '@par/database';
import { createInProcessBus, type MessageBus } from '@par/messaging';
import { canonicalJson } from '@par/event-store';
import { createTokenVerifier, startDevIssuer, type DevIssuer } from '@par/auth';
import {
  assignAppraisersThroughGateway,
  EVENT_PRODUCERS,
  eventually,
  gql,
  PROJECTIONS,
  seedDemoProvince,
  startPlatform,
  type Platform,
} from '@par/platform';
import { runCli } from './run-cli.testing';

/*
 * Rebuild from zero equals live: the five services run in-process on a fresh PostgreSQL database (in-process
 * bus), events are produced through the gateway, the live read models are snapshotted, then
 * `par projections rebuild` replays the producers' event stores and the snapshot must be identical.
 * Then a tampered event row makes `par verify` exit 1 naming the stream and version.
 */

const PROVINCES = ['bac-kan', 'cao-bang'];
const CYCLE = '2025-district';

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

/** A base port with base+1..base+5 (subgraphs), base+10 (gateway) and base+11 (token issuer) free. */
async function freeBase(): Promise<number> {
  for (;;) {
    const b = 20_000 + Math.floor(Math.random() * 30_000);
    let ok = true;
    for (const d of [1, 2, 3, 4, 5, 10, 11]) if (!(await portFree(b + d))) ok = false;
    if (ok) return b;
  }
}

const run = runCli;

describe('par projections rebuild / par verify (real PostgreSQL)', () => {
  const urls = pgUrlsFromEnv();
  const database = `par_rebuild_${randomUUID().slice(0, 8)}`;
  const onDb = (u: string) => {
    const url = new URL(u);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const savedEnv = { ...process.env };
  let base = 0;
  let admin: pg.Pool;
  let inspect: pg.Pool;
  let db: Database;
  let bus: MessageBus;
  let issuer: DevIssuer;
  let platform: Platform | undefined;

  /** Published events per producer (what every consumer of its topic must have processed). */
  async function publishedCount(service: string): Promise<number> {
    const producer = EVENT_PRODUCERS.find((p) => p.service === service)!;
    const store = producer.openStore(db);
    let n = 0;
    for (let after: string | null = null; ;) {
      const page = await store.readAll({ after, limit: 1000 });
      if (!page.events.length) return n;
      n += page.events.filter((e) => producer.toMessage(e)).length;
      after = page.checkpoint;
    }
  }

  /** Every live projection has processed every published event of its topics. */
  async function settled(): Promise<boolean> {
    for (const p of PROJECTIONS) {
      let expected = 0;
      for (const pr of p.producers) expected += await publishedCount(pr.service);
      const { rows } = await inspect.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM ${p.schema}.processed_events WHERE projection = $1`,
        [p.name],
      );
      if (Number(rows[0]!.n) !== expected) return false;
    }
    return true;
  }

  /** Every projection's owned rows and processed-event ids, as the superuser sees them (all provinces). */
  async function snapshot(): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const p of PROJECTIONS) {
      for (const t of p.spec.owns) {
        const { rows } = await inspect.query<{ r: string }>(`SELECT row_to_json(x)::text AS r FROM ${p.schema}.${t} x ORDER BY 1`);
        out[`${p.schema}.${t}`] = rows.map((r) => r.r);
      }
      const { rows } = await inspect.query<{ r: string }>(
        `SELECT province || ' ' || event_id AS r FROM ${p.schema}.processed_events WHERE projection = $1 ORDER BY 1`,
        [p.name],
      );
      out[`${p.schema}.processed_events/${p.name}`] = rows.map((r) => r.r);
    }
    return out;
  }

  beforeAll(async () => {
    admin = new pg.Pool({ connectionString: urls.adminUrl, max: 1 });
    admin.on('error', () => undefined);
    await admin.query(`CREATE DATABASE ${database} OWNER par_owner`);
    inspect = new pg.Pool({ connectionString: onDb(urls.adminUrl), max: 2 });
    inspect.on('error', () => undefined); // idle clients ended by DROP DATABASE ... WITH (FORCE)
    db = await createPostgresDatabase({
      appUrl: onDb(urls.appUrl),
      systemUrl: onDb(urls.systemUrl),
      ownerUrl: onDb(urls.ownerUrl),
      poolSize: 6,
    });
    bus = createInProcessBus();
    base = await freeBase();
    issuer = await startDevIssuer({ port: base + 11, provinces: PROVINCES });
    const verifier = createTokenVerifier({
      issuers: PROVINCES.map((p) => ({
        issuer: issuer.issuerFor(p),
        jwksUri: `${issuer.issuerFor(p)}/protocol/openid-connect/certs`,
        province: p as never,
      })),
      audience: 'par-api',
    });
    platform = await startPlatform({ dbFor: async () => db, bus, verifier, gatewayPort: base + 10, portOffset: base - 4100 });
    const url = platform.gateway.url;
    for (const p of PROVINCES) await seedDemoProvince(url, await issuer.tokenFor(p, 'admin'), p);
    // Reference data everywhere before the scores (so every ranking recompute after it is caused by a score).
    await eventually(settled, 30_000, 'catalogs settled');

    const must = async (province: string, user: string, query: string) => {
      const r = await gql(url, await issuer.tokenFor(province, user), query);
      if (r.errors?.length) throw new Error(`${user}@${province}: ${JSON.stringify(r.errors)}`);
    };
    const self = (unit: string, code: string, score: number) =>
      `mutation { recordSelfScore(input: { cycleId: "${CYCLE}", unitId: "${unit}", subCriterionCode: "${code}", score: ${score}, note: "Tự chấm ${code}" }) { version } }`;
    const appraised = (unit: string, code: string, score: number) =>
      `mutation { recordAppraisedScore(input: { cycleId: "${CYCLE}", unitId: "${unit}", subCriterionCode: "${code}", score: ${score}, reason: "Thẩm định ${code}: thiếu tài liệu kiểm chứng" }) { version } }`;
    const submit = (unit: string) => `mutation { submitSelfAssessment(input: { cycleId: "${CYCLE}", unitId: "${unit}" }) { version } }`;
    await must('bac-kan', 'officer.u1', self('u1', '1.1.1', 2));
    await must('bac-kan', 'officer.u1', self('u1', '1.1.2', 3));
    await must('bac-kan', 'officer.u1', self('u1', '2.1.1', 2));
    await must('bac-kan', 'officer.u2', self('u2', '1.1.1', 1.5));
    await must('bac-kan', 'officer.u1', self('u1', '1.1.2', 3.5));
    // appraisal: once the unit submitted, by an appraiser assigned to it
    await must('bac-kan', 'officer.u1', submit('u1'));
    const [dhaToken, appraiserToken] = [await issuer.tokenFor('bac-kan', 'admin'), await issuer.tokenFor('bac-kan', 'appraiser')];
    await assignAppraisersThroughGateway(url, dhaToken, [appraiserToken], CYCLE, ['u1']);
    await must('bac-kan', 'appraiser', appraised('u1', '1.1.1', 1.5));
    await must('bac-kan', 'appraiser', appraised('u1', '1.1.2', 3.25));
    // cao-bang: a self score only (appraisal would need its submission first)
    await must('cao-bang', 'officer.u1', self('cb-u1', '2.1.1', 2));
    await eventually(settled, 30_000, 'all projections settled');
    // The documented procedure: consumers stopped while rebuilding.
    await platform.close();
    platform = undefined;
    Object.assign(process.env, {
      PAR_PG_URL: onDb(urls.appUrl),
      PAR_PG_SYSTEM_URL: onDb(urls.systemUrl),
      PAR_PG_OWNER_URL: onDb(urls.ownerUrl),
    });
  });

  afterAll(async () => {
    process.env = savedEnv;
    await platform?.close();
    await bus?.close();
    await db?.close();
    await issuer?.close();
    await inspect?.end();
    await admin?.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin?.end();
  });

  it('lists every projection with its owned tables and source store', async () => {
    const r = await run('projections', 'list', '--format', 'json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { name: string; owns: string[]; sources: string[] }[];
    expect(list.map((p) => p.name)).toEqual([
      'frameworks.catalog',
      'assessments.catalog',
      'surveys.catalog',
      'ranking.catalog',
      'reporting.catalog',
      'assessments.unit-progress',
      'surveys.tokens',
      'ranking.scores',
      'ranking.survey-points',
      'reporting.scores',
      'reporting.survey-points',
      'reporting.ranking-versions',
    ]);
    expect(list.find((p) => p.name === 'ranking.scores')).toMatchObject({
      owns: ['ranking.scores', 'ranking.not_applicable', 'ranking.results', 'ranking.finalized_units'],
      sources: ['assessments.events'],
    });
    expect((await run('projections', 'list')).out).toContain('also writes: ranking.results');
  });

  it('rebuilding every projection from the event stores gives exactly the live read models, twice', async () => {
    const live = await snapshot();
    expect(live['ranking.results']!.length).toBe(6);
    expect(live['reporting.scores']!.length).toBe(5);
    expect(live['ranking.results']!.some((r) => r.includes('"total":6.75'))).toBe(true);

    const r = await run('projections', 'rebuild', '--all', '--batch-size', '3');
    expect(r.code).toBe(0);
    const summaries = JSON.parse(r.out) as { projection: string; applied: number; read: number; cleared: Record<string, number> }[];
    expect(summaries.map((s) => s.projection)).toEqual(PROJECTIONS.map((p) => p.name));
    expect(summaries.find((s) => s.projection === 'ranking.scores')).toMatchObject({
      applied: 10,
      read: 10,
      cleared: { 'ranking.scores': 5, 'ranking.results': 6 },
    });
    expect(r.err).toMatch(/ranking\.scores ← assessments: 10\/10 sự kiện \(100%\), áp dụng 10, [\d.]+ sự kiện\/giây/);
    expect(await snapshot()).toEqual(live);

    // Idempotent: again, and one projection alone.
    expect((await run('projections', 'rebuild', '--all', '--quiet')).code).toBe(0);
    expect(await snapshot()).toEqual(live);
    const one = await run('projections', 'rebuild', 'reporting.scores');
    expect(one.code).toBe(0);
    expect(JSON.parse(one.out)).toMatchObject({ projection: 'reporting.scores', applied: 10, clearedProcessed: 10 });
    expect(await snapshot()).toEqual(live);
  });

  it('rebuilds one province without touching the others', async () => {
    const live = await snapshot();
    await inspect.query(`DELETE FROM reporting.scores WHERE province = 'cao-bang'`);
    await inspect.query(`UPDATE reporting.scores SET self_score = 0 WHERE province = 'bac-kan' AND unit_id = 'u2'`);
    const r = await run('projections', 'rebuild', 'reporting.scores', '--province', 'cao-bang', '--quiet');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ province: 'cao-bang', read: 1, applied: 1, cleared: { 'reporting.scores': 0 } });
    const after = await snapshot();
    expect(after['reporting.scores']).not.toEqual(live['reporting.scores']); // bac-kan's damage left alone
    expect((await run('projections', 'rebuild', 'reporting.scores', '--quiet')).code).toBe(0);
    expect(await snapshot()).toEqual(live);
  });

  it('fails clearly on an unknown projection or a bad option', async () => {
    const r = await run('projections', 'rebuild', 'ranking.nope');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có projection ranking.nope');
    expect(r.err).toContain('ranking.scores');
    expect((await run('projections', 'rebuild')).code).toBe(2);
    const bad = await run('projections', 'rebuild', 'ranking.scores', '--province', 'Bad Province');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('PROVINCE_MISSING');
  });

  it('par verify: intact chains exit 0; a tampered event row exits 1 naming the stream and version', async () => {
    const ok = await run('verify');
    expect(ok.code).toBe(0);
    const okReport = JSON.parse(ok.out) as { ok: boolean; checked: number; stores: { service: string; province: string }[] };
    expect(okReport.ok).toBe(true);
    expect(okReport.stores.map((s) => `${s.service}/${s.province}`).sort()).toEqual([
      'assessments/bac-kan',
      'assessments/cao-bang',
      'frameworks/bac-kan',
      'frameworks/cao-bang',
    ]);

    const { rows } = await inspect.query<{ stream_id: string }>(
      `SELECT stream_id FROM assessments.events WHERE province = 'bac-kan' AND type = 'AppraisedScoreRecorded' ORDER BY global_position LIMIT 1`,
    );
    const stream = rows[0]!.stream_id;
    const v = await inspect.query<{ stream_version: number }>(
      `UPDATE assessments.events SET data = jsonb_set(data, '{score}', '2') WHERE province = 'bac-kan' AND stream_id = $1 AND type = 'AppraisedScoreRecorded'
        AND stream_version = (SELECT min(stream_version) FROM assessments.events WHERE province = 'bac-kan' AND stream_id = $1 AND type = 'AppraisedScoreRecorded')
       RETURNING stream_version`,
      [stream],
    );
    const version = v.rows[0]!.stream_version;

    const bad = await run('verify');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`luồng ${stream}, phiên bản ${version}`);
    expect(bad.err).toContain(`stream ${stream} version ${version}`);
    const report = JSON.parse(bad.out) as {
      ok: boolean;
      stores: { service: string; province: string; ok: boolean; firstBroken?: { streamId: string; streamVersion: number } }[];
    };
    expect(report.ok).toBe(false);
    expect(report.stores.filter((s) => !s.ok)).toEqual([
      expect.objectContaining({
        service: 'assessments',
        province: 'bac-kan',
        firstBroken: expect.objectContaining({ streamId: stream, streamVersion: version }),
      }),
    ]);

    expect((await run('verify', '--service', 'assessments', '--province', 'bac-kan', '--stream', stream)).code).toBe(1);
    expect((await run('verify', '--service', 'assessments', '--province', 'cao-bang')).code).toBe(0);
    expect((await run('verify', '--service', 'frameworks')).code).toBe(0);
    const missing = await run('verify', '--stream', 'no-such-stream');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Không tìm thấy luồng no-such-stream');
    // ranking keeps an event store (official ranking versions); reporting keeps none
    expect((await run('verify', '--service', 'ranking')).code).toBe(0);
    expect((await run('verify', '--service', 'reporting')).code).toBe(2);
  });

  it('par verify --anchor-out / --anchor: an anchor kept outside the database catches a stream deleted with its head', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'par-anchor-'));
    try {
      // bac-kan was tampered with above: no anchor is written for a broken store.
      const refused = await run('verify', '--anchor-out', join(dir, 'all.json'));
      expect(refused.code).toBe(1);
      expect(existsSync(join(dir, 'all.json'))).toBe(false);

      const file = join(dir, 'cao-bang.json');
      const out = await run('verify', '--province', 'cao-bang', '--anchor-out', file);
      expect(out.code).toBe(0);
      const anchor = JSON.parse(readFileSync(file, 'utf8')) as {
        digest: string;
        stores: { service: string; province: string; heads: { streamId: string; version: number; hash: string }[] }[];
      };
      expect(anchor.digest).toMatch(/^[0-9a-f]{64}$/);
      expect(out.err).toContain(anchor.digest);
      // ranking's store (official versions) is empty here: its anchor has no heads
      expect(anchor.stores.map((x) => `${x.service}/${x.province}`).sort()).toEqual([
        'assessments/cao-bang',
        'frameworks/cao-bang',
        'ranking/cao-bang',
        'surveys/cao-bang',
      ]);
      expect((await run('verify', '--province', 'cao-bang', '--anchor', file)).code).toBe(0);

      // The anchor file itself cannot be edited unnoticed.
      const edited = structuredClone(anchor);
      edited.stores[0]!.heads[0]!.version += 1;
      writeFileSync(join(dir, 'edited.json'), JSON.stringify(edited));
      const refusedEdit = await run('verify', '--anchor', join(dir, 'edited.json'));
      expect(refusedEdit.code).toBe(2);
      expect(refusedEdit.err).toContain('đã bị sửa');
      // An edit with a recomputed digest passes the file's own check, not the digest kept elsewhere.
      const { format, createdAt, stores } = edited as unknown as { format: string; createdAt: string; stores: unknown };
      const forged = {
        format,
        createdAt,
        stores,
        digest: createHash('sha256').update(canonicalJson({ format, createdAt, stores })).digest('hex'),
      };
      writeFileSync(join(dir, 'forged.json'), JSON.stringify(forged));
      const refusedForged = await run(
        'verify',
        '--province',
        'cao-bang',
        '--anchor',
        join(dir, 'forged.json'),
        '--anchor-digest',
        anchor.digest,
      );
      expect(refusedForged.code).toBe(2);
      expect(refusedForged.err).toContain('khác mã băm đã lưu');
      expect((await run('verify', '--province', 'cao-bang', '--anchor', file, '--anchor-digest', anchor.digest)).code).toBe(0);
      expect((await run('verify', '--stream', 'x', '--anchor-out', join(dir, 'one.json'))).code).toBe(2);

      // Someone with owner rights deletes a whole stream and its head: the chains that remain are intact.
      const victim = anchor.stores.find((x) => x.service === 'assessments')!.heads[0]!;
      await inspect.query(`DELETE FROM assessments.events WHERE province = 'cao-bang' AND stream_id = $1`, [victim.streamId]);
      await inspect.query(`DELETE FROM assessments.streams WHERE province = 'cao-bang' AND stream_id = $1`, [victim.streamId]);
      expect((await run('verify', '--province', 'cao-bang')).code).toBe(0);
      const caught = await run('verify', '--province', 'cao-bang', '--anchor', file);
      expect(caught.code).toBe(1);
      expect(caught.err).toContain(`luồng ${victim.streamId}, phiên bản ${victim.version} không còn`);
      const report = JSON.parse(caught.out) as { ok: boolean; anchor: { mismatches: { streamId: string; actualHash: string | null }[] } };
      expect(report.ok).toBe(false);
      expect(report.anchor.mismatches).toEqual([expect.objectContaining({ streamId: victim.streamId, actualHash: null })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
