import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createPostgresDatabase, pgUrlsFromEnv, type Database } from '@par/database';
import { runDecision } from '@par/event-store';
import { catalogProjection } from '@par/frameworks-catalog';
import type { FrameworksEventV1 } from '@par/frameworks-contracts';
import { provinceId } from '@par/kernel';
import { demoFrameworkYaml } from '@par/platform';
import { parseFramework } from '@par/scoring';
import { SURVEYS_SCHEMA, surveysService } from '@par/service-surveys';
import { campaignDecider, campaignStreamId, surveyNodesOf, type CampaignDefinition } from '@par/surveys-domain';
import { runCli } from '../run-cli.testing';

/** `par surveys import` and `par surveys tokens` against real PostgreSQL: the surveys schema of a fresh database. */
describe('par surveys (real PostgreSQL)', () => {
  const urls = pgUrlsFromEnv();
  const database = `par_surveys_${randomUUID().slice(0, 8)}`;
  const onDb = (u: string) => {
    const url = new URL(u);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const savedEnv = { ...process.env };
  const dir = mkdtempSync(join(tmpdir(), 'par-surveys-int-'));
  const P = provinceId('bac-kan');
  let admin: pg.Pool;
  let db: Database;
  const events = async () => surveysService.openStore!(db).readStream(P, campaignStreamId(P, 'xhh'));

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
    await db.migrate(surveysService.schema, surveysService.schemaMigrations);
    const fw = parseFramework(demoFrameworkYaml('bac-kan'), 'yaml').framework!;
    const catalog = catalogProjection(SURVEYS_SCHEMA, 'test');
    const feed: FrameworksEventV1[] = [
      {
        type: 'FrameworkPublished',
        version: 1,
        province: P,
        frameworkId: 'demo-district',
        frameworkVersion: 1,
        name: fw.name,
        unitType: 'district',
        definition: fw,
        components: [],
        items: [],
        totalMaxPoints: 10,
      },
      ...['u1', 'u2'].map((u): FrameworksEventV1 => ({
        type: 'UnitRegistered',
        version: 1,
        province: P,
        unitId: u,
        name: `Huyện ${u}`,
        unitType: 'district',
        parentUnitId: null,
      })),
      {
        type: 'CycleOpened',
        version: 1,
        province: P,
        cycleId: 'c',
        name: 'Kỳ',
        year: 2025,
        unitType: 'district',
        frameworkId: 'demo-district',
        frameworkVersion: 1,
      },
    ];
    for (const value of feed)
      await db.withProvince(P, (tx) => catalog.handle(tx, { topic: 't', partition: 0, offset: '0', key: P, value, headers: {} }));
    const definition: CampaignDefinition = {
      campaignId: 'xhh',
      cycleId: 'c',
      name: 'Khảo sát',
      weighting: 'pooled',
      scale: { levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })), positive: [4, 5] },
      groups: [{ code: 'nguoi-dan', name: 'Người dân', quotaPerUnit: 2, weight: 1, assesses: [] }],
      questions: [{ id: 'q1', text: 'Câu 1', code: '2.1.2', factor: null, required: true }],
    };
    const cycle = {
      frameworkId: 'demo-district',
      frameworkVersion: 1,
      nodes: surveyNodesOf(fw),
      decimals: 2,
      roundingMode: 'half-up' as const,
      unitIds: ['u1', 'u2'],
    };
    await runDecision({
      store: surveysService.openStore!(db),
      decider: campaignDecider,
      streamId: campaignStreamId(P, 'xhh'),
      command: { type: 'CreateSurveyCampaign', data: { definition, cycle } },
      ctx: { province: P, actor: { id: 't', roles: ['survey_operator'] }, correlationId: 'c' },
      now: new Date(),
    });
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

  it('imports a CSV in one append; the same file again changes nothing; a bad file imports nothing (exit 1)', async () => {
    const good = join(dir, 'phieu.csv');
    writeFileSync(good, '\uFEFFMã người trả lời;Nhóm;Mã đơn vị;q1\nr1;nguoi-dan;u1;5\nr2;nguoi-dan;u2;3\n');
    const first = await runCli('surveys', 'import', '--campaign', 'xhh', '--province', 'bac-kan', good, '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ rows: 2, imported: 2, unchanged: 0, problems: [] });
    expect((await events()).map((e) => e.type)).toEqual(['SurveyCampaignCreated', 'SurveyResponsesImported']);
    const again = await runCli('surveys', 'import', '--campaign', 'xhh', '--province', 'bac-kan', good);
    expect(again).toMatchObject({ code: 0, out: 'Đã ghi 0 phiếu mới hoặc đã sửa; 2 phiếu đã có sẵn, không đổi.\n' });
    const bad = join(dir, 'sai.csv');
    writeFileSync(bad, 'Mã người trả lời,Nhóm,Mã đơn vị,q1\nr1,nguoi-dan,u1,4\nr3,nguoi-dan,u7,9\n');
    const r = await runCli('surveys', 'import', '--campaign', 'xhh', '--province', 'bac-kan', bad, '--json');
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { problems: { row: number; code: string }[] }).problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'UNKNOWN_UNIT'],
      [3, 'ANSWER_OUT_OF_SCALE'],
    ]);
    expect(await events()).toHaveLength(2);
  });

  it('imports 45,000 responses as one append of 3 batch events; the same file again appends nothing', async () => {
    const big = join(dir, 'lon.csv');
    const lines = ['Mã người trả lời,Nhóm,Mã đơn vị,q1'];
    for (let i = 0; i < 45_000; i++) lines.push(`b${i},nguoi-dan,u${1 + (i % 2)},${1 + (i % 5)}`);
    writeFileSync(big, lines.join('\n'));
    const before = (await events()).length;
    const r = await runCli('surveys', 'import', '--campaign', 'xhh', '--province', 'bac-kan', big, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ rows: 45_000, imported: 45_000, unchanged: 0 });
    const after = await events();
    expect(after.slice(before).map((e) => [e.type, (e.data as { rows: unknown[] }).rows.length])).toEqual([
      ['SurveyResponsesImported', 20_000],
      ['SurveyResponsesImported', 20_000],
      ['SurveyResponsesImported', 5_000],
    ]);
    expect(new Set(after.slice(before).map((e) => e.correlationId)).size).toBe(1);
    const again = await runCli('surveys', 'import', '--campaign', 'xhh', '--province', 'bac-kan', big, '--json');
    expect(JSON.parse(again.out)).toMatchObject({ imported: 0, unchanged: 45_000 });
    expect(await events()).toHaveLength(after.length);
    expect((await surveysService.openStore!(db).verify(P)).ok).toBe(true);
  }, 120_000);

  it('issues tokens into a CSV of links; only hashes are stored', async () => {
    const out = join(dir, 'ma.csv');
    const r = await runCli(
      'surveys',
      'tokens',
      '--campaign',
      'xhh',
      '--province',
      'bac-kan',
      '--group',
      'nguoi-dan',
      '--count',
      '2',
      '-o',
      out,
    );
    expect(r).toMatchObject({ code: 0 });
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(5); // header + 2 units × 2
    const secret = lines[1]!.split('#t=')[1]!;
    const issued = (await events()).at(-1)!;
    expect(issued.type).toBe('SurveyTokensIssued');
    expect(JSON.stringify(issued.data)).not.toContain(secret);
    const usage = await runCli(
      'surveys',
      'tokens',
      '--campaign',
      'xhh',
      '--province',
      'bac-kan',
      '--group',
      'nguoi-dan',
      '--count',
      'x',
      '-o',
      out,
    );
    expect(usage.code).toBe(2);
  });
});
