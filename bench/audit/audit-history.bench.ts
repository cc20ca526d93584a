/*
 * Audit reads folded on read (ADR 0018): what a page of history, a state as of a moment and a cycle export cost on
 * a cycle shaped like a province's (BENCH_AUDIT_UNITS units × BENCH_AUDIT_ITEMS items, self and appraised score each,
 * then BENCH_AUDIT_ROUNDS rounds of one re-score per unit, interleaved so a newest-first cycle page touches many
 * streams). "SQL only" is the page read without folding: about what a history projection's page read would cost.
 * PostgreSQL from PAR_PG_*; nothing asserted (a shared 2-core box is noisy).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ProvinceId, RequestContext } from '@par/kernel';
import { createPostgresDatabase, pgUrlsFromEnv, type Database } from '@par/database';
import { createEventStore, eventStoreMigrations, type EventStore, type NewEvent, type StoredEvent } from '@par/event-store';
import { assessmentStreamId, auditChanges, foldAssessment } from '@par/assessments-domain';
import { buildAuditExport } from '@par/service-assessments';
import { isMain, memLine, pct } from '../common';

const UNITS = Number(process.env['BENCH_AUDIT_UNITS'] || 100);
const ITEMS = Number(process.env['BENCH_AUDIT_ITEMS'] || 80);
const ROUNDS = Number(process.env['BENCH_AUDIT_ROUNDS'] || 20);
const RUNS = Number(process.env['BENCH_AUDIT_RUNS'] || 30);
const P = 'bench-audit' as ProvinceId;
const CYCLE = 'c1';

const ctx = (roles: RequestContext['actor']['roles']): RequestContext => ({
  province: P,
  actor: { id: `u-${roles[0]}`, name: 'Nguyễn Văn A', roles },
  correlationId: randomUUID(),
});
const code = (i: number) => `${1 + Math.floor(i / 20)}.${1 + Math.floor((i % 20) / 5)}.${1 + (i % 5)}`;
const self = (unitId: string, i: number, score: number, previousScore: number | null): NewEvent => ({
  type: 'SelfScoreRecorded',
  data: { cycleId: CYCLE, unitId, subCriterionCode: code(i), score, previousScore, note: 'Có kế hoạch, đủ tài liệu kiểm chứng' },
});
const appraised = (unitId: string, i: number): NewEvent => ({
  type: 'AppraisedScoreRecorded',
  data: { cycleId: CYCLE, unitId, subCriterionCode: code(i), score: 0.75, previousScore: null, selfScore: 1, reason: 'Thiếu tài liệu' },
});

async function load(store: EventStore): Promise<number> {
  const occurredAt = new Date();
  for (let u = 0; u < UNITS; u++) {
    const unitId = `u${u}`;
    const events = Array.from({ length: ITEMS }, (_, i) => [self(unitId, i, 1, null), appraised(unitId, i)]).flat();
    await store.append(assessmentStreamId(P, CYCLE, unitId), events, { expectedVersion: 0, context: ctx(['unit_officer']), occurredAt });
  }
  for (let r = 0; r < ROUNDS; r++) {
    for (let u = 0; u < UNITS; u++) {
      const unitId = `u${u}`;
      await store.append(assessmentStreamId(P, CYCLE, unitId), [self(unitId, r % ITEMS, r % 2 ? 1 : 1.5, r % 2 ? 1.5 : 1)], {
        expectedVersion: 'any',
        context: ctx(['unit_officer']),
        occurredAt,
      });
    }
  }
  return UNITS * (2 * ITEMS + ROUNDS);
}

/** What auditHistory's handler does for a page (`entriesOf`): the streams the page touches read in one query, each folded once. */
async function foldedPage(store: EventStore, page: readonly StoredEvent[]): Promise<number> {
  const upTo = new Map<string, number>();
  for (const e of page) upTo.set(e.streamId, Math.max(upTo.get(e.streamId) ?? 0, e.streamVersion));
  const read = await store.readStreamsUpTo(
    P,
    [...upTo].map(([streamId, toVersion]) => ({ streamId, toVersion })),
  );
  let folded = 0;
  for (const streamId of upTo.keys()) folded += auditChanges(read.filter((e) => e.streamId === streamId)).length;
  return folded;
}

async function timed(label: string, fn: () => Promise<string | void>): Promise<void> {
  const ms: number[] = [];
  let note: string | void = '';
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    note = await fn();
    ms.push(performance.now() - t0);
  }
  console.log(
    `${label.padEnd(58)} p50 ${pct(ms, 50).toFixed(1).padStart(7)} ms  p95 ${pct(ms, 95).toFixed(1).padStart(7)} ms  ${note || ''}`,
  );
}

export async function runAuditHistoryBench(db: Database, adminUrl: string): Promise<void> {
  const schema = `bench_audit_${randomUUID().replaceAll('-', '').slice(0, 8)}`;
  await db.migrate(schema, eventStoreMigrations(schema));
  const admin = new pg.Pool({ connectionString: adminUrl.replace(/\/postgres$/, '/par'), max: 1 });
  try {
    const store = createEventStore(db, { schema });
    const t0 = performance.now();
    const n = await load(store);
    console.log(
      `loaded ${n} events (${UNITS} units × ${2 * ITEMS + ROUNDS}) in ${((performance.now() - t0) / 1000).toFixed(1)} s; runs per case ${RUNS}`,
    );
    await admin.query(`VACUUM ANALYZE ${schema}.events`).catch(() => undefined);
    const unit = assessmentStreamId(P, CYCLE, 'u7');
    const prefix = assessmentStreamId(P, CYCLE, '');
    const unitPage = { streamId: unit, order: 'desc' as const, limit: 50 };
    const cyclePage = { streamIdPrefix: prefix, order: 'desc' as const, limit: 50 };
    await timed('unit history page (50), SQL only', async () => void (await store.readHistory(P, unitPage)));
    await timed('unit history page (50), folded (auditHistory)', async () => {
      const p = await store.readHistory(P, unitPage);
      return `folded ${await foldedPage(store, p.events)} events`;
    });
    await timed('cycle history page (50, newest), SQL only', async () => void (await store.readHistory(P, cyclePage)));
    await timed('cycle history page (50, newest), folded (auditHistory)', async () => {
      const p = await store.readHistory(P, cyclePage);
      return `${new Set(p.events.map((e) => e.streamId)).size} streams, folded ${await foldedPage(store, p.events)} events`;
    });
    await timed('criterion history (unit, code 1.1), folded', async () => {
      const p = await store.readHistory(P, { ...unitPage, dataField: { name: 'subCriterionCode', values: ['1.1'], prefixes: ['1.1.'] } });
      return `${p.events.length} entries, folded ${await foldedPage(store, p.events)} events`;
    });
    await timed('user history page (50, newest), folded', async () => {
      const p = await store.readHistory(P, { ...cyclePage, actorId: 'u-unit_officer' });
      return `folded ${await foldedPage(store, p.events)} events`;
    });
    {
      const page = (await store.readHistory(P, cyclePage)).events;
      const streams = [...new Set(page.map((e) => e.streamId))].map((streamId) => ({ streamId, toVersion: 1_000_000 }));
      const read = await store.readStreamsUpTo(P, streams);
      await timed(
        `  of which reading ${streams.length} streams (${read.length} events), one query`,
        async () => void (await store.readStreamsUpTo(P, streams)),
      );
      const byStream = streams.map((s) => read.filter((e) => e.streamId === s.streamId));
      await timed(`  of which folding them (CPU only)`, async () => void byStream.forEach((events) => auditChanges(events)));
    }
    const mid = new Date();
    await timed(
      'assessmentAsOf (one unit: read as of + fold)',
      async () => void foldAssessment(await store.readStream(P, unit, { asOf: mid })),
    );
    for (const format of ['json', 'csv'] as const) {
      const r0 = performance.now();
      const f = await buildAuditExport(store, { province: P, cycleId: CYCLE, unitId: null, format, now: new Date() });
      console.log(
        `export whole cycle ${format}: ${f.events} events, ${(f.content.length / 1024 / 1024).toFixed(1)} MB in ${((performance.now() - r0) / 1000).toFixed(2)} s`,
      );
    }
    console.log(memLine('after audit bench'));
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

if (isMain(import.meta.url)) {
  const urls = pgUrlsFromEnv();
  const db = await createPostgresDatabase({ ...urls, poolSize: 4 });
  try {
    await runAuditHistoryBench(db, urls.adminUrl);
  } catch (e) {
    console.error(e);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
