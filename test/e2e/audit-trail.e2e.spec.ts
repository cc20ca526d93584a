/**
 * The audit trail for appraisers and auditors, through the gateway with Keycloak tokens: history per criterion,
 * unit, user and cycle with cursor paging; the state as of a moment; the difference between two moments; the
 * export as CSV and JSON with hashes that match the events table; who may read what; appraisers verify the chain.
 * The scenario follows the cycle: the appraiser is assigned, units submit before appraisal, the DHA reopens u1
 * (a unit-wide entry, like each submission) so its officer can correct a self score, and u1 submits again.
 */
import { createHash } from 'node:crypto';
import { eventHash, type HashedEnvelope } from '@par/event-store';
import { assignAppraisersThroughGateway, eventually, gql, seedDemoProvince, selfScoreAndSubmit, DEMO_CYCLE } from '@par/platform';
import { keycloakToken, startTestStack, type TestStack } from '../support/stack';

const GATEWAY_PORT = 5370;
const PORT_OFFSET = 1270;
const CYCLE = DEMO_CYCLE.id;
const REOPEN_REASON = 'Đơn vị xin bổ sung quyết định ban hành kế hoạch';

interface Entry {
  eventId: string;
  kind: string;
  code: string | null;
  unitId: string;
  oldValue: string | null;
  newValue: string | null;
  actorId: string;
  actorRoles: string[];
  reason: string | null;
  note: string | null;
  recordedAt: string;
  streamVersion: number;
  globalPosition: string;
  hash: string;
  prevHash: string | null;
  summary: string;
  changes: { field: string; oldValue: string | null; newValue: string | null }[];
}
interface Page {
  entries: Entry[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}
const ENTRY = `eventId kind code unitId oldValue newValue actorId actorRoles reason note recordedAt streamVersion globalPosition hash prevHash summary changes { field oldValue newValue }`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('audit trail: history, as of, difference, export, verification — through the gateway', () => {
  let stack: TestStack;
  let url: string;
  const tokens: Record<string, string> = {};
  /** Recording times between the steps (from the store's own clock, read back from the history). */
  let m1: string;
  let m2: string;
  /** u1's first and second submission times (the `submittedAt` of each submission). */
  let submitted1: string;
  let submitted2: string;

  const call = async <T>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    gql<T>(url, tokens[who]!, query, variables);
  const must = async <T>(who: string, query: string, variables: Record<string, unknown> = {}) => {
    const r = await call<T>(who, query, variables);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const history = async (who: string, args: string) =>
    (
      await must<{ auditHistory: Page }>(
        who,
        `{ auditHistory(cycleId: "${CYCLE}", ${args}) { entries { ${ENTRY} } pageInfo { endCursor hasNextPage } } }`,
      )
    ).auditHistory;
  const self = (who: string, unitId: string, code: string, score: number, note: string | null = null) =>
    must(who, `mutation($i: RecordSelfScoreInput!) { recordSelfScore(input: $i) { version } }`, {
      i: { cycleId: CYCLE, unitId, subCriterionCode: code, score, ...(note !== null && { note }) },
    });
  const appraise = (unitId: string, code: string, score: number, reason: string) =>
    must('appraiser', `mutation($i: RecordAppraisedScoreInput!) { recordAppraisedScore(input: $i) { version } }`, {
      i: { cycleId: CYCLE, unitId, subCriterionCode: code, score, reason },
    });
  const lastRecordedAt = async () => (await history('auditor', 'first: 1')).entries[0]!.recordedAt;
  const submit = (who: string, unitId: string) =>
    must(who, `mutation($i: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $i) { version } }`, {
      i: { cycleId: CYCLE, unitId },
    });
  const submissionTimes = async () =>
    (await history('auditor', 'unitId: "u1", order: OLDEST_FIRST')).entries.filter((e) => e.kind === 'submitted').map((e) => e.newValue!);

  beforeAll(async () => {
    stack = await startTestStack({ gatewayPort: GATEWAY_PORT, portOffset: PORT_OFFSET });
    url = stack.platform.gateway.url;
    for (const [key, user] of [
      ['admin', 'admin'],
      ['officer', 'officer.u1'],
      ['officer2', 'officer.u2'],
      ['appraiser', 'appraiser'],
      ['auditor', 'auditor'],
      ['integrator', 'integrator'],
    ] as const) {
      tokens[key] = await keycloakToken('bac-kan', user);
    }
    await seedDemoProvince(url, tokens['admin']!, 'bac-kan');
    // the cycle: the DHA assigns the appraiser; units self-score and submit; appraisal; the DHA reopens u1 for a
    // correction; u1 submits again
    await assignAppraisersThroughGateway(url, tokens['admin']!, [tokens['appraiser']!], CYCLE, ['u1', 'u2']);
    await eventually(
      async () => {
        const r = await call<{ recordSelfScore: { version: number } }>(
          'officer',
          `mutation { recordSelfScore(input: { cycleId: "${CYCLE}", unitId: "u1", subCriterionCode: "1.1.1", score: 1.5, note: "=HYPERLINK(\\"http://x\\",\\"Kế hoạch\\")" }) { version } }`,
        );
        return r.data?.recordSelfScore.version === 1 ? true : undefined;
      },
      60_000,
      'the cycle to reach the assessments catalog',
    );
    await self('officer', 'u1', '1.1.2', 3, 'Hoàn thành 75% kế hoạch');
    await self('officer', 'u1', '2.1.1', 2);
    await selfScoreAndSubmit(url, tokens['officer2']!, CYCLE, 'u2', { '1.1.1': 1, '1.1.2': 2, '2.1.1': 0 });
    await submit('officer', 'u1');
    await sleep(20);
    m1 = await lastRecordedAt();
    await sleep(20);
    await appraise('u1', '1.1.1', 1, 'Kế hoạch ban hành chậm, thiếu tài liệu;\nđã bổ sung "phụ lục"');
    await must('admin', `mutation($i: ReopenSelfAssessmentInput!) { reopenSelfAssessment(input: $i) { version } }`, {
      i: { cycleId: CYCLE, unitId: 'u1', reason: REOPEN_REASON },
    });
    await self('officer', 'u1', '1.1.1', 2, 'Bổ sung quyết định ban hành');
    await submit('officer', 'u1');
    await appraise('u2', '1.1.1', 0.5, 'Thiếu tài liệu kiểm chứng');
    await sleep(20);
    m2 = await lastRecordedAt();
    await sleep(20);
    await must('appraiser', `mutation($i: RecordAppraisedScoreInput!) { recordAppraisedScore(input: $i) { version } }`, {
      i: { cycleId: CYCLE, unitId: 'u1', subCriterionCode: '2.1.1', score: 2, reason: null },
    });
    [submitted1, submitted2] = (await submissionTimes()) as [string, string];
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('lists every change of one criterion in order, old → new, who, reason, hashes chained', async () => {
    const h = await history('auditor', 'unitId: "u1", code: "1.1.1", order: OLDEST_FIRST');
    expect(h.entries.map((e) => [e.kind, e.oldValue, e.newValue])).toEqual([
      ['self', null, '1.5'],
      ['appraised', null, '1'],
      ['self', '1.5', '2'],
    ]);
    expect(h.entries.map((e) => e.actorRoles)).toEqual([['unit_officer'], ['appraiser'], ['unit_officer']]);
    expect(h.entries[1]!.reason).toBe('Kế hoạch ban hành chậm, thiếu tài liệu;\nđã bổ sung "phụ lục"');
    expect(h.entries[2]!.note).toBe('Bổ sung quyết định ban hành');
    expect(h.entries[2]!.summary).toContain('Điểm tự đánh giá 1,5 → 2');
    expect(h.pageInfo.hasNextPage).toBe(false);
    // a criterion covers its sub-criteria; the unit's whole history chains version to version
    const criterion = await history('auditor', 'unitId: "u1", code: "1.1", order: OLDEST_FIRST');
    expect(criterion.entries.map((e) => e.code)).toEqual(['1.1.1', '1.1.2', '1.1.1', '1.1.1']);
    const unit = await history('appraiser', 'unitId: "u1", order: OLDEST_FIRST');
    expect(unit.entries.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // submission and reopening are unit-wide entries (no item code) in the unit's history
    expect(unit.entries.map((e) => [e.kind, e.code])).toEqual([
      ['self', '1.1.1'],
      ['self', '1.1.2'],
      ['self', '2.1.1'],
      ['submitted', null],
      ['appraised', '1.1.1'],
      ['submission-reopened', null],
      ['self', '1.1.1'],
      ['submitted', null],
      ['appraised', '2.1.1'],
    ]);
    expect(unit.entries[5]!.reason).toBe(REOPEN_REASON);
    expect(unit.entries[5]!.actorRoles).toContain('dha_admin');
    expect([unit.entries[5]!.oldValue, unit.entries[5]!.newValue]).toEqual([submitted1, null]);
    expect(unit.entries[7]!.oldValue).toBeNull();
    expect(Date.parse(submitted2)).toBeGreaterThan(Date.parse(submitted1));
    unit.entries.slice(1).forEach((e, i) => expect(e.prevHash).toBe(unit.entries[i]!.hash));
  });

  it('pages the whole cycle newest first with a stable cursor: every event once, in reverse global order', async () => {
    const all = await history('auditor', 'first: 50'); // the gateway multiplies a list's cost by `first`
    expect(all.entries).toHaveLength(14); // u1: 9 events, u2: 3 self scores, the submission, 1 appraisal
    const seen: Entry[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Page = await history('appraiser', `first: 3${after ? `, after: "${after}"` : ''}`);
      seen.push(...page.entries);
      if (i === 0) await appraise('u1', '1.1.2', 2.5, 'Chưa hoàn thành 2 nhiệm vụ'); // an append while paging is newer than the pages read
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.map((e) => e.eventId)).toEqual(all.entries.map((e) => e.eventId));
    const positions = seen.map((e) => BigInt(e.globalPosition));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    const tooBig = await call('auditor', `{ auditHistory(cycleId: "${CYCLE}", first: 201) { pageInfo { hasNextPage } } }`);
    expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'PAGE_SIZE_INVALID' });
    const badCursor = await call('auditor', `{ auditHistory(cycleId: "${CYCLE}", after: "x:1") { pageInfo { hasNextPage } } }`);
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it("lists one user's changes for auditors; appraisers and officers may not ask for it", async () => {
    const officerId = (await history('auditor', 'unitId: "u1", code: "1.1.2", order: OLDEST_FIRST')).entries[0]!.actorId;
    const mine = await history('auditor', `actorId: "${officerId}"`);
    expect(mine.entries.map((e) => [e.kind, e.code, e.streamVersion])).toEqual([
      ['submitted', null, 8],
      ['self', '1.1.1', 7],
      ['submitted', null, 4],
      ['self', '2.1.1', 3],
      ['self', '1.1.2', 2],
      ['self', '1.1.1', 1],
    ]);
    expect(mine.entries.every((e) => e.actorId === officerId && e.unitId === 'u1')).toBe(true);
    for (const who of ['appraiser', 'officer']) {
      const r = await call(who, `{ auditHistory(cycleId: "${CYCLE}", actorId: "${officerId}") { pageInfo { hasNextPage } } }`);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('gives the scores as they stood at a moment, for a unit and for the cycle', async () => {
    type A = { version: number; scores: { subCriterionCode: string; selfScore: number | null; appraisedScore: number | null }[] };
    const at1 = await must<{ assessmentAsOf: A }>(
      'auditor',
      `{ assessmentAsOf(cycleId: "${CYCLE}", unitId: "u1", asOf: "${m1}") { version scores { subCriterionCode selfScore appraisedScore } } }`,
    );
    expect(at1.assessmentAsOf).toEqual({
      version: 4,
      scores: [
        { subCriterionCode: '1.1.1', selfScore: 1.5, appraisedScore: null },
        { subCriterionCode: '1.1.2', selfScore: 3, appraisedScore: null },
        { subCriterionCode: '2.1.1', selfScore: 2, appraisedScore: null },
      ],
    });
    const at2 = await must<{ assessmentAsOf: A }>(
      'officer',
      `{ assessmentAsOf(cycleId: "${CYCLE}", unitId: "u1", asOf: "${m2}") { version scores { subCriterionCode selfScore appraisedScore } } }`,
    );
    expect(at2.assessmentAsOf.version).toBe(8);
    expect(at2.assessmentAsOf.scores[0]).toEqual({ subCriterionCode: '1.1.1', selfScore: 2, appraisedScore: 1 });
    expect(at2.assessmentAsOf.scores[2]).toEqual({ subCriterionCode: '2.1.1', selfScore: 2, appraisedScore: null });
    const cycle = await must<{ cycleScoresAsOf: (A & { unitId: string })[] }>(
      'appraiser',
      `{ cycleScoresAsOf(cycleId: "${CYCLE}", asOf: "${m1}") { unitId version scores { subCriterionCode selfScore appraisedScore } } }`,
    );
    expect(cycle.cycleScoresAsOf.map((a) => [a.unitId, a.version])).toEqual([
      ['u1', 4],
      ['u2', 4],
    ]);
  });

  it('gives the difference between two moments: only the items that changed, value at from and at to, the events between', async () => {
    type D = {
      fromVersion: number;
      toVersion: number;
      items: { code: string; changes: Entry['changes']; events: { kind: string; streamVersion: number }[] }[];
    };
    const d = (
      await must<{ assessmentDiff: D }>(
        'auditor',
        `{ assessmentDiff(cycleId: "${CYCLE}", unitId: "u1", from: "${m1}", to: "${m2}") { fromVersion toVersion items { code changes { field oldValue newValue } events { kind streamVersion } } } }`,
      )
    ).assessmentDiff;
    expect(d.fromVersion).toBe(4);
    expect(d.toVersion).toBe(8);
    // the unit-wide fact first: submitted at m1, reopened and submitted again by m2
    expect(d.items.map((i) => i.code)).toEqual([null, '1.1.1']);
    expect(d.items[0]!.changes).toEqual([{ field: 'submittedAt', oldValue: submitted1, newValue: submitted2 }]);
    expect(d.items[0]!.events).toEqual([
      { kind: 'submission-reopened', streamVersion: 6 },
      { kind: 'submitted', streamVersion: 8 },
    ]);
    expect(d.items[1]!.changes).toEqual([
      { field: 'scores.self', oldValue: '1.5', newValue: '2' },
      { field: 'scores.selfNote', oldValue: '=HYPERLINK("http://x","Kế hoạch")', newValue: 'Bổ sung quyết định ban hành' },
      { field: 'scores.appraised', oldValue: null, newValue: '1' },
      { field: 'scores.appraisalReason', oldValue: null, newValue: 'Kế hoạch ban hành chậm, thiếu tài liệu;\nđã bổ sung "phụ lục"' },
    ]);
    expect(d.items[1]!.events).toEqual([
      { kind: 'appraised', streamVersion: 5 },
      { kind: 'self', streamVersion: 7 },
    ]);
    const cycle = (
      await must<{ cycleDiff: (D & { unitId: string })[] }>(
        'appraiser',
        `{ cycleDiff(cycleId: "${CYCLE}", from: "${m1}", to: "${m2}") { unitId items { code } } }`,
      )
    ).cycleDiff;
    expect(cycle.map((u) => [u.unitId, u.items.map((i) => i.code)])).toEqual([
      ['u1', [null, '1.1.1']],
      ['u2', ['1.1.1']],
    ]);
    const backwards = await call(
      'auditor',
      `{ assessmentDiff(cycleId: "${CYCLE}", unitId: "u1", from: "${m2}", to: "${m1}") { toVersion } }`,
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_RANGE' });
  });

  it('exports CSV and JSON whose sha256 is the file, whose hashes are the events table, and re-verify', async () => {
    type F = { filename: string; mediaType: string; sha256: string; size: number; events: number; contentBase64: string };
    const get = async (format: string, unit = '') =>
      (
        await must<{ auditExport: F }>(
          'auditor',
          `{ auditExport(cycleId: "${CYCLE}", format: ${format}${unit}) { filename mediaType sha256 size events contentBase64 } }`,
        )
      ).auditExport;
    const rows = await stack.inspect.query<{ stream_id: string; stream_version: number; hash: string; prev_hash: string | null }>(
      `SELECT stream_id, stream_version, hash, prev_hash FROM assessments.events WHERE province = 'bac-kan' AND stream_id LIKE $1 ORDER BY stream_id, stream_version`,
      [`assessment:bac-kan:${CYCLE}:%`],
    );

    const json = await get('JSON');
    const jsonBytes = Buffer.from(json.contentBase64, 'base64');
    expect(createHash('sha256').update(jsonBytes).digest('hex')).toBe(json.sha256);
    expect(json.mediaType).toBe('application/json');
    const doc = JSON.parse(jsonBytes.toString('utf8')) as { events: { hashed: HashedEnvelope; prevHash: string | null; hash: string }[] };
    expect(doc.events.map((e) => [e.hashed.streamId, e.hashed.streamVersion, e.hash, e.prevHash])).toEqual(
      rows.rows.map((r) => [r.stream_id, r.stream_version, r.hash, r.prev_hash]),
    );
    for (const e of doc.events) expect(eventHash(e.hashed, e.prevHash)).toBe(e.hash);

    const csv = await get('CSV', ', unitId: "u1"');
    const csvText = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(createHash('sha256').update(Buffer.from(csv.contentBase64, 'base64')).digest('hex')).toBe(csv.sha256);
    expect(csv.filename).toMatch(/^audit-bac-kan-2025-district-u1-.*\.csv$/);
    expect(csv.events).toBe(rows.rows.filter((r) => r.stream_id.endsWith(':u1')).length);
    for (const r of rows.rows.filter((x) => x.stream_id.endsWith(':u1'))) expect(csvText).toContain(r.hash);
    // the note typed as a formula is neutralised, the reason's quotes and line break quoted
    expect(csvText).toContain(`"'=HYPERLINK(""http://x"",""Kế hoạch"")"`);
    expect(csvText).toContain('"Kế hoạch ban hành chậm, thiếu tài liệu;\nđã bổ sung ""phụ lục"""');
    expect(csvText).not.toMatch(/(^|,|\r\n)=HYPERLINK/);
  });

  it("refuses an officer another unit's history, state, difference and export", async () => {
    for (const q of [
      `{ auditHistory(cycleId: "${CYCLE}", unitId: "u2") { pageInfo { hasNextPage } } }`,
      `{ assessmentAsOf(cycleId: "${CYCLE}", unitId: "u2", asOf: "${m2}") { version } }`,
      `{ assessmentDiff(cycleId: "${CYCLE}", unitId: "u2", from: "${m1}", to: "${m2}") { toVersion } }`,
      `{ auditExport(cycleId: "${CYCLE}", unitId: "u2", format: CSV) { sha256 } }`,
      `{ auditHistory(cycleId: "${CYCLE}") { pageInfo { hasNextPage } } }`,
      `{ cycleScoresAsOf(cycleId: "${CYCLE}", asOf: "${m2}") { version } }`,
    ]) {
      const r = await call('officer', q);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    const own = await history('officer', 'unitId: "u1", first: 2');
    expect(own.entries).toHaveLength(2);
  });

  it('lets an appraiser verify the hash chain; the deprecated scoreHistory still answers', async () => {
    const v = await must<{ verifyAuditTrail: { ok: boolean; checked: number } }>(
      'appraiser',
      `{ verifyAuditTrail(cycleId: "${CYCLE}", unitId: "u1") { ok checked } }`,
    );
    expect(v.verifyAuditTrail).toEqual({ ok: true, checked: 10 }); // u1's 9 events and the appraisal appended while paging
    const integrator = await call('integrator', `{ verifyAuditTrail { ok } }`);
    expect(integrator.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const old = await must<{ scoreHistory: { kind: string }[] }>(
      'auditor',
      `{ scoreHistory(cycleId: "${CYCLE}", unitId: "u1", subCriterionCode: "1.1.1") { kind } }`,
    );
    expect(old.scoreHistory.map((c) => c.kind)).toEqual(['self', 'appraised', 'self']);
  });
});
