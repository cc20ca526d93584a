/*
 * What the ranking's live consumer costs per published score ON POSTGRESQL: the same burst of scores applied one
 * message per transaction (what the consumer did until 2026-12-03: record the event id, lock the province, read what
 * the score touches, write) against batches of what the bus fetched together (`handleBatch`: one transaction per
 * batch, each cycle re-read and re-ranked once, multi-row upserts). Two provinces of one scratch database get the same
 * catalog (the demo-cycle framework: 80 sub-criteria, 100 points) and the same burst: every unit's 80 self scores in a
 * row (a batch mutation) then appraisals interleaved across units (four appraisers at once).
 * PostgreSQL from PAR_PG_*; BENCH_RANKING_UNITS (30), BENCH_RANKING_BATCH (500, the bus's default). Nothing asserted.
 * Run: npm run -s build && node dist/bench/ranking/ranking-batch.bench.js
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ScoreRecordedV1 } from '@par/assessments-contracts';
import { createPostgresDatabase, pgUrlsFromEnv, type Database } from '@par/database';
import type { FrameworksEventV1 } from '@par/frameworks-contracts';
import type { ProvinceId } from '@par/kernel';
import { HEADERS, type IncomingMessage } from '@par/messaging';
import { markProcessedMany } from '@par/projections';
import { planDemoCycle } from '@par/platform';
import { rankingProjections, rankingService } from '@par/service-ranking';
import { isMain, memLine } from '../common';

const UNITS = Number(process.env['BENCH_RANKING_UNITS'] || 30);
const BATCH = Number(process.env['BENCH_RANKING_BATCH'] || 500);
const SCHEMA = 'ranking';
const [catalog, scores] = rankingProjections as [(typeof rankingProjections)[0], (typeof rankingProjections)[0]];

const message = (province: string, value: object & { eventId?: string }, offset: number): IncomingMessage => ({
  topic: 'bench',
  partition: 0,
  offset: String(offset),
  key: province,
  value,
  headers: { [HEADERS.province]: province, [HEADERS.eventId]: value.eventId ?? randomUUID() },
});

function catalogEvents(province: string): FrameworksEventV1[] {
  const plan = planDemoCycle({ units: UNITS, province, frameworkId: 'bench', year: 2026 });
  return [
    {
      type: 'FrameworkPublished',
      version: 1,
      province,
      frameworkId: 'bench',
      frameworkVersion: 1,
      name: 'Bộ tiêu chí xã',
      unitType: 'commune',
      definition: plan.framework,
      components: [],
      items: [],
      totalMaxPoints: 100,
    },
    {
      type: 'CycleOpened',
      version: 1,
      province,
      cycleId: 'c',
      name: 'Kỳ',
      year: 2026,
      unitType: 'commune',
      frameworkId: 'bench',
      frameworkVersion: 1,
    },
    ...plan.units.map((u): FrameworksEventV1 => ({
      type: 'UnitRegistered',
      version: 1,
      province,
      unitId: u.unitId,
      name: u.unitName,
      unitType: 'commune',
      parentUnitId: null,
    })),
  ] as FrameworksEventV1[];
}

/** Every unit's self scores in a row, then the appraisals interleaved over four appraisers' units. */
function burst(province: string): ScoreRecordedV1[] {
  const plan = planDemoCycle({ units: UNITS, province, frameworkId: 'bench', year: 2026 });
  let n = 0;
  const score = (unitId: string, code: string, kind: 'self' | 'appraised', value: number): ScoreRecordedV1 => ({
    type: 'ScoreRecorded',
    version: 1,
    eventId: `${province}-${(n += 1)}`,
    province,
    cycleId: 'c',
    unitId,
    subCriterionCode: code,
    kind,
    score: value,
    previousScore: null,
    reason: null,
    actor: { id: 'bench', name: null, roles: [] },
    occurredAt: '2026-10-01T00:00:00.000Z',
    streamVersion: n,
  });
  const self = plan.units.flatMap((u) => u.self.map((s) => score(u.unitId, s.subCriterionCode, 'self', s.points)));
  const appraisals: ScoreRecordedV1[] = [];
  const items = plan.units[0]!.appraisal.length;
  for (let i = 0; i < items; i++)
    for (const u of plan.units) appraisals.push(score(u.unitId, u.appraisal[i]!.subCriterionCode, 'appraised', u.appraisal[i]!.score));
  return [...self, ...appraisals];
}

async function applyTogether(db: Database, province: ProvinceId, ms: readonly IncomingMessage[], handle: 'batch' | 'each'): Promise<void> {
  await db.withProvince(province, async (tx) => {
    const recorded = await markProcessedMany(
      tx,
      SCHEMA,
      'bench',
      province,
      ms.map((m) => m.headers[HEADERS.eventId]!),
    );
    const fresh = ms.filter((_, i) => recorded[i]);
    if (handle === 'batch') await scores.handleBatch!(tx, fresh);
    else for (const m of fresh) await scores.handle(tx, m);
  });
}

async function run(db: Database, province: ProvinceId, batch: number): Promise<{ ms: number; events: number }> {
  let offset = 0;
  for (const e of catalogEvents(province)) {
    const m = message(province, e, offset++);
    await db.withProvince(province, (tx) => catalog.handle(tx, m));
  }
  const events = burst(province).map((e) => message(province, e, offset++));
  const t0 = performance.now();
  for (let i = 0; i < events.length; i += batch)
    await applyTogether(db, province, events.slice(i, i + batch), batch === 1 ? 'each' : 'batch');
  return { ms: performance.now() - t0, events: events.length };
}

async function resultsOf(db: Database, province: ProvinceId): Promise<string> {
  return db.withProvince(province, async (tx) =>
    JSON.stringify((await tx.query(`SELECT unit_id, total::text, rank, class_code FROM ranking.results ORDER BY unit_id`)).rows),
  );
}

export async function runRankingBatchBench(urls: ReturnType<typeof pgUrlsFromEnv>): Promise<void> {
  const database = `par_bench_ranking_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: urls.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database} OWNER par_owner`);
  const at = (u: string) => Object.assign(new URL(u), { pathname: `/${database}` }).toString();
  const db = await createPostgresDatabase({
    appUrl: at(urls.appUrl),
    systemUrl: at(urls.systemUrl),
    ownerUrl: at(urls.ownerUrl),
    poolSize: 2,
  });
  try {
    await db.migrate(SCHEMA, [...rankingService.schemaMigrations]);
    console.log(`ranking consumer on PostgreSQL: ${UNITS} units × 80 items, self scores then appraisals (${UNITS * 160} events)`);
    const one = await run(db, 'bench-one' as ProvinceId, 1);
    const many = await run(db, 'bench-batch' as ProvinceId, BATCH);
    const rate = (r: { ms: number; events: number }) => (r.events / r.ms) * 1000;
    console.log(`  one message per transaction   ${one.ms.toFixed(0).padStart(7)} ms  ${rate(one).toFixed(0).padStart(6)} events/s`);
    console.log(
      `  batches of ${String(BATCH).padEnd(4)}              ${many.ms.toFixed(0).padStart(7)} ms  ${rate(many).toFixed(0).padStart(6)} events/s  ×${(rate(many) / rate(one)).toFixed(1)}`,
    );
    const same =
      (await resultsOf(db, 'bench-one' as ProvinceId)) ===
      (await resultsOf(db, 'bench-batch' as ProvinceId)).replaceAll('bench-batch', 'bench-one');
    console.log(`  same results (totals, ranks, classes): ${same ? 'yes' : 'NO'}`);
    console.log(memLine('after ranking batch bench'));
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
}

if (isMain(import.meta.url)) {
  await runRankingBatchBench(pgUrlsFromEnv()).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
