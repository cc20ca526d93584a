import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { ProvinceId, RequestContext } from '@par/kernel';
import { createPostgresDatabase, pgUrlsFromEnv, type Database } from '@par/database';
import { eventHash, type HashedEnvelope } from '@par/event-store';
import { assessmentStreamId } from '@par/assessments-domain';
import { assessmentsService } from '@par/service-assessments';
import { runCli } from '../run-cli.testing';

/** `par audit export` against real PostgreSQL: a fresh assessments schema with two units' events, CSV and JSON. */
describe('par audit export (real PostgreSQL)', () => {
  const urls = pgUrlsFromEnv();
  const database = `par_audit_${randomUUID().slice(0, 8)}`;
  const onDb = (u: string) => {
    const url = new URL(u);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const savedEnv = { ...process.env };
  const dir = mkdtempSync(join(tmpdir(), 'par-audit-int-'));
  const province = 'bac-kan' as ProvinceId;
  let admin: pg.Pool;
  let db: Database;

  beforeAll(async () => {
    admin = new pg.Pool({ connectionString: urls.adminUrl, max: 1 });
    admin.on('error', () => undefined);
    await admin.query(`CREATE DATABASE ${database} OWNER par_owner`);
    db = await createPostgresDatabase({
      appUrl: onDb(urls.appUrl),
      systemUrl: onDb(urls.systemUrl),
      ownerUrl: onDb(urls.ownerUrl),
      poolSize: 2,
    });
    await db.migrate(assessmentsService.schema, assessmentsService.schemaMigrations);
    const store = assessmentsService.openStore!(db);
    const ctx: RequestContext = {
      province,
      actor: { id: 'o1', name: '@Nguyễn, "A"', roles: ['unit_officer'], unitId: 'u1' },
      correlationId: randomUUID(),
    };
    const base = { cycleId: 'c1', unitId: 'u1', subCriterionCode: '1.1.1' };
    const at = { context: ctx, occurredAt: new Date('2025-03-01T08:00:00Z') };
    await store.append(
      assessmentStreamId(province, 'c1', 'u1'),
      [{ type: 'SelfScoreRecorded', data: { ...base, score: 1, previousScore: null, note: '+SUM(A1)\nhai dòng' } }],
      { ...at, expectedVersion: 0 },
    );
    await store.append(
      assessmentStreamId(province, 'c1', 'u1'),
      [{ type: 'SelfScoreRecorded', data: { ...base, score: 1.5, previousScore: 1, note: null } }],
      { ...at, expectedVersion: 1 },
    );
    await store.append(
      assessmentStreamId(province, 'c1', 'u2'),
      [{ type: 'SelfScoreRecorded', data: { ...base, unitId: 'u2', score: 2, previousScore: null, note: null } }],
      { ...at, expectedVersion: 0 },
    );
    Object.assign(process.env, {
      PAR_PG_URL: onDb(urls.appUrl),
      PAR_PG_SYSTEM_URL: onDb(urls.systemUrl),
      PAR_PG_OWNER_URL: onDb(urls.ownerUrl),
    });
  });

  afterAll(async () => {
    process.env = savedEnv;
    rmSync(dir, { recursive: true, force: true });
    await db?.close();
    await admin?.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin?.end();
  });

  it('writes the cycle as JSON whose digest it prints and whose hashes recompute', async () => {
    const out = join(dir, 'cycle.json');
    const r = await runCli('audit', 'export', '--province', 'bac-kan', '--cycle', 'c1', '--format', 'json', '-o', out, '--json');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out) as { events: number; sha256: string };
    const bytes = readFileSync(out);
    expect(summary.events).toBe(3);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(summary.sha256);
    const doc = JSON.parse(bytes.toString('utf8')) as {
      events: { hashed: HashedEnvelope; prevHash: string | null; hash: string; entry: { oldValue: string | null; newValue: string } }[];
    };
    expect(doc.events.map((e) => [e.hashed.streamId.split(':').at(-1), e.entry.oldValue, e.entry.newValue])).toEqual([
      ['u1', null, '1'],
      ['u1', '1', '1.5'],
      ['u2', null, '2'],
    ]);
    for (const e of doc.events) expect(eventHash(e.hashed, e.prevHash)).toBe(e.hash);
    expect(doc.events[1]!.prevHash).toBe(doc.events[0]!.hash);
  });

  it('writes one unit as CSV with formula cells neutralised, and prints a Vietnamese summary', async () => {
    const out = join(dir, 'u1.csv');
    const r = await runCli('audit', 'export', '--province', 'bac-kan', '--cycle', 'c1', '--unit', 'u1', '--format', 'csv', '-o', out);
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    expect(r.out).toBe(
      `Đã ghi 2 sự kiện (${bytes.length.toLocaleString('de-DE')} byte) vào ${out}\nSHA-256: ${createHash('sha256').update(bytes).digest('hex')}\n`,
    );
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFFstream_id,stream_version,')).toBe(true);
    expect(text).toContain(`"'+SUM(A1)\nhai dòng"`);
    expect(text).toContain(`"'@Nguyễn, ""A"""`);
    expect(text.split('\r\n').filter((l) => l.startsWith('assessment:'))).toHaveLength(2);
  });

  it('refuses a bad province or a missing format as usage errors (exit 2)', async () => {
    const out = join(dir, 'x.csv');
    expect((await runCli('audit', 'export', '--province', 'Bắc Kạn', '--cycle', 'c1', '--format', 'csv', '-o', out)).code).toBe(2);
    expect((await runCli('audit', 'export', '--province', 'bac-kan', '--cycle', 'c1', '-o', out)).code).toBe(2);
    expect((await runCli('audit', 'export', '--province', 'bac-kan', '--cycle', 'c1', '--format', 'xml', '-o', out)).code).toBe(2);
  });
});
