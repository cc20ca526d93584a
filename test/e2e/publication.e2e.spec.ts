/**
 * Approval and publication by decision, corrections and who sees which ranking, end to end through the gateway
 * with Keycloak tokens of each role (issue #10, items 4–5): the provisional ranking is the DHA's and appraisers'
 * (an officer sees their own row), integrators and auditors see nothing before publication and the official
 * version after it; publication is refused while a unit is not final or with a bad decision; a correction needs a
 * new decision and a reason and makes version 2 while version 1 stays as published. Nothing is written on refusals.
 * Units follow the cycle: the demo appraiser is assigned, units submit, the appraiser appraises every item appraised
 * by hand and finalizes (`finalizeAppraisal`); the correction follows the DHA's `reopenAppraisal`.
 * The ranking report (reporting service, from par.ranking.v1) says which official version it shows, or that the result
 * is provisional, and lists where its recomputed figures differ from that version (issue #13).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createKafkaBus, kafkaBrokersFromEnv, type IncomingMessage } from '@par/messaging';
import {
  appraiseAndFinalize,
  assignAppraisersThroughGateway,
  DEMO_CYCLE,
  eventually,
  gql,
  seedDemoProvince,
  selfScoreAndSubmit,
} from '@par/platform';
import { docxText, readXlsx } from '@par/reporting-documents/testing';
import { keycloakToken, startTestStack, type TestStack } from '../support/stack';

const GATEWAY_PORT = 4977;
const PORT_OFFSET = 877;
const CYCLE = DEMO_CYCLE.id;
const P = 'bac-kan';

/** Today in Vietnam (UTC+7), `YYYY-MM-DD`: the latest allowed decision date. */
const vietnamToday = (offsetDays = 0) => new Date(Date.now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

const ROW = `rank unitId total maxPoints indexPercent classLabel unscoredItems unscoredMaxPoints lostPoints scoringStatus kind rankingVersion
  components { code points maxPoints }`;
const OFFICIAL = `cycleId latestVersion version { version kind decisionNumber decisionDate signer reason correctsVersion publishedById }
  rows { ${ROW} }`;

type Row = {
  rank: number;
  unitId: string;
  total: number;
  unscoredItems: number;
  scoringStatus: string;
  kind: string;
  rankingVersion: number | null;
  appraisalFinal?: boolean | null;
} & Record<string, unknown>;
type Official = { latestVersion: number; version: Record<string, unknown>; rows: Row[] };
type Err = { message: string; extensions?: Record<string, unknown> };
type Position = { projection: string; topic: string; partition: number; offset: string };
/** `YYYY-MM-DD` → `07/05/2024`. */
const dmy = (iso: string) => iso.split('-').reverse().join('/');

describe('ranking publication by decision, corrections, and who sees which ranking', () => {
  let stack: TestStack;
  let url: string;
  const tokens: Record<string, string> = {};
  const q = <T>(who: string, query: string, variables: Record<string, unknown> = {}) => gql<T>(url, tokens[who]!, query, variables);
  const provisional = (who: string) =>
    q<{ provisionalRanking: Row[] }>(who, `{ provisionalRanking(cycleId: "${CYCLE}") { ${ROW} appraisalFinal } }`);
  const official = (who: string, version?: number) =>
    q<{ officialRanking: Official | null }>(
      who,
      `query($v: Int) { officialRanking(cycleId: "${CYCLE}", version: $v) { ${OFFICIAL} } }`,
      version === undefined ? {} : { v: version },
    );
  const unitRank = (who: string, id: string) =>
    q<{ unit: { rank: Row | null } | null }>(who, `query($id: ID!) { unit(id: $id) { rank(cycleId: "${CYCLE}") { ${ROW} } } }`, { id });
  const publish = (who: string, input: Record<string, unknown>) =>
    q<{ publishRanking: Official }>(who, `mutation($i: PublishRankingInput!) { publishRanking(input: $i) { ${OFFICIAL} } }`, {
      i: { cycleId: CYCLE, ...input },
    });
  const correct = (input: Record<string, unknown>) =>
    q<{ correctRanking: Official }>('admin', `mutation($i: CorrectRankingInput!) { correctRanking(input: $i) { ${OFFICIAL} } }`, {
      i: { cycleId: CYCLE, ...input },
    });
  const storedEvents = async () =>
    (await stack.inspect.query(`SELECT type, stream_id, province FROM ranking.events ORDER BY global_position`)).rows as {
      type: string;
      stream_id: string;
      province: string;
    }[];
  const code = (errors: Err[] | undefined) => errors?.[0]?.extensions?.['code'];
  /** The ranking report of the cycle as the DHA downloads it, with the event positions it was built from. */
  const report = async (format: 'DOCX' | 'XLSX') => {
    const r = await q<{ rankingReport: { contentBase64: string; eventPositions: Position[] } }>(
      'admin',
      `query($f: ReportFormat!) { rankingReport(cycleId: "${CYCLE}", unitType: "district", format: $f) { contentBase64 eventPositions { projection topic partition offset } } }`,
      { f: format },
    );
    expect(r.errors).toBeUndefined();
    return {
      bytes: new Uint8Array(Buffer.from(r.data!.rankingReport.contentBase64, 'base64')),
      positions: r.data!.rankingReport.eventPositions,
    };
  };
  const reportText = async () => docxText((await report('DOCX')).bytes);
  /** The rows of the XLSX sheet listing the differences from the official version: [unit, figure, official, recomputed]. */
  const differences = async () => {
    const ws = (await readXlsx((await report('XLSX')).bytes)).getWorksheet('Đối chiếu chính thức');
    const rows: unknown[][] = [];
    ws?.eachRow((row, i) => {
      if (i > 3) rows.push((row.values as unknown[]).slice(2));
    });
    return rows;
  };
  /** The ranking-versions projection's position on par.ranking.v1 (of this run). */
  const rankingPosition = (positions: Position[]) => positions.find((p) => p.projection === 'reporting.ranking-versions')?.offset;
  const score = async (who: string, mutation: string, unitId: string, sub: string, value: number, extra: string) => {
    const r = await q(
      who,
      `mutation { ${mutation}(input: { cycleId: "${CYCLE}", unitId: "${unitId}", subCriterionCode: "${sub}", score: ${value}, ${extra} }) { version } }`,
    );
    expect(r.errors).toBeUndefined();
  };

  beforeAll(async () => {
    stack = await startTestStack({ gatewayPort: GATEWAY_PORT, portOffset: PORT_OFFSET });
    url = stack.platform.gateway.url;
    for (const user of ['admin', 'officer.u1', 'appraiser', 'auditor', 'integrator']) tokens[user] = await keycloakToken(P, user);
    await seedDemoProvince(url, tokens['admin']!, P);
    await eventually(
      async () => (await provisional('admin')).data?.provisionalRanking.length === 3,
      60_000,
      'the ranking to know the units',
    );
    await assignAppraisersThroughGateway(url, tokens['admin']!, [tokens['appraiser']!], CYCLE, ['u1', 'u2', 'u3']);
    await score('officer.u1', 'recordSelfScore', 'u1', '1.1.1', 2, 'note: "Kế hoạch ban hành ngày 05/01/2025"');
    await score('officer.u1', 'recordSelfScore', 'u1', '1.1.2', 4, 'note: "Hoàn thành kế hoạch"');
    await selfScoreAndSubmit(url, tokens['officer.u1']!, CYCLE, 'u1', { '2.1.1': 2 });
    await score('appraiser', 'recordAppraisedScore', 'u1', '1.1.1', 1.5, 'reason: "Kế hoạch ban hành chậm"');
    await score('admin', 'recordSelfScore', 'u2', '1.1.1', 2, 'note: "Kế hoạch số 3/KH"');
    await eventually(
      async () => {
        const rows = (await provisional('admin')).data?.provisionalRanking ?? [];
        return rows.find((r) => r.unitId === 'u1')?.total === 7.5 && rows.find((r) => r.unitId === 'u2')?.total === 2;
      },
      30_000,
      'the provisional ranking to follow the scores',
    );
  }, 180_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('before publication: the DHA and appraisers see the provisional ranking, "chưa chấm" apart from 0', async () => {
    for (const who of ['admin', 'appraiser']) {
      const r = await provisional(who);
      expect(r.errors).toBeUndefined();
      expect(
        r.data?.provisionalRanking.map((x) => [x.unitId, x.rank, x.total, x.unscoredItems, x.scoringStatus, x.kind, x.appraisalFinal]),
      ).toEqual([
        ['u1', 1, 7.5, 1, 'PARTLY_SCORED', 'PROVISIONAL', false],
        ['u2', 2, 2, 3, 'PARTLY_SCORED', 'PROVISIONAL', false],
        ['u3', 3, 0, 4, 'NOT_SCORED', 'PROVISIONAL', false],
      ]);
    }
    // u1 lost 0.5 on what was scored; the 2 points of its unscored survey item are not lost points
    const u1 = (await provisional('admin')).data!.provisionalRanking[0]!;
    expect([u1['maxPoints'], u1['unscoredMaxPoints'], u1['lostPoints']]).toEqual([10, 2, 0.5]);
  });

  it("before publication: an officer sees only their own unit's preliminary row, never the others'", async () => {
    const own = await provisional('officer.u1');
    expect(own.errors).toBeUndefined();
    expect(own.data?.provisionalRanking.map((r) => r.unitId)).toEqual(['u1']);
    expect((await unitRank('officer.u1', 'u1')).data?.unit?.rank).toMatchObject({ unitId: 'u1', total: 7.5, kind: 'PROVISIONAL' });
    expect((await unitRank('officer.u1', 'u2')).data?.unit?.rank).toBeNull();
  });

  it('before publication: integrators and auditors get nothing (FORBIDDEN on the provisional one, no official one)', async () => {
    for (const who of ['integrator', 'auditor']) {
      const p = await provisional(who);
      expect(code(p.errors)).toBe('FORBIDDEN');
      expect(p.errors?.[0]?.message).toBe(
        'Kết quả xếp hạng tạm thời chỉ dành cho Sở Nội vụ và Tổ/Hội đồng thẩm định; đơn vị chỉ xem được kết quả của mình.',
      );
      const o = await official(who);
      expect(o.errors).toBeUndefined();
      expect(o.data?.officialRanking).toBeNull();
      expect(
        (await q<{ rankingVersions: unknown[] }>(who, `{ rankingVersions(cycleId: "${CYCLE}") { version } }`)).data?.rankingVersions,
      ).toEqual([]);
      expect((await q<{ ranking: unknown[] }>(who, `{ ranking(cycleId: "${CYCLE}") { unitId } }`)).data?.ranking).toEqual([]);
      expect((await unitRank(who, 'u1')).data?.unit?.rank).toBeNull();
    }
  });

  it('refuses to publish while a unit is not final, naming it; nothing is written', async () => {
    // u1: the rest appraised, then final; u2: the DHA completes and submits it on the unit's behalf, then appraisal
    await appraiseAndFinalize(url, tokens['appraiser']!, CYCLE, 'u1', { '1.1.2': 4, '2.1.1': 2 });
    await selfScoreAndSubmit(url, tokens['admin']!, CYCLE, 'u2', { '1.1.2': 0, '2.1.1': 0 });
    await appraiseAndFinalize(url, tokens['appraiser']!, CYCLE, 'u2', { '1.1.1': 2, '1.1.2': 0, '2.1.1': 0 });
    await eventually(
      async () => (await provisional('admin')).data?.provisionalRanking.filter((r) => r.appraisalFinal).length === 2,
      30_000,
      'u1 and u2 final in the ranking',
    );
    const r = await publish('admin', { decisionNumber: '123/QĐ-UBND', decisionDate: vietnamToday() });
    expect(code(r.errors)).toBe('UNITS_NOT_FINAL');
    expect(r.errors?.[0]?.message).toBe('Chưa thể công bố kết quả: 1 đơn vị chưa hoàn thành thẩm định (UBND thành phố Bắc Kạn).');
    expect(await storedEvents()).toEqual([]);
  });

  it('refuses a bad decision number, a decision dated tomorrow, and anyone but the DHA; nothing is written', async () => {
    await selfScoreAndSubmit(url, tokens['admin']!, CYCLE, 'u3', { '1.1.1': 0, '1.1.2': 0, '2.1.1': 2 });
    await appraiseAndFinalize(url, tokens['appraiser']!, CYCLE, 'u3', {
      '1.1.1': 0,
      '1.1.2': 0,
      '2.1.1': { score: 0, reason: 'Thiếu tài liệu kiểm chứng' },
    });
    await eventually(
      async () => (await provisional('admin')).data?.provisionalRanking.every((r) => r.appraisalFinal) === true,
      30_000,
      'every unit final',
    );
    const bad = await publish('admin', { decisionNumber: '123/UBND', decisionDate: vietnamToday() });
    expect(code(bad.errors)).toBe('DECISION_NUMBER_INVALID');
    expect(bad.errors?.[0]?.message).toBe('Số quyết định "123/UBND" không đúng định dạng (ví dụ: 123/QĐ-UBND).');
    expect(code((await publish('admin', { decisionNumber: '123/QĐ-UBND', decisionDate: vietnamToday(1) })).errors)).toBe(
      'DECISION_DATE_IN_FUTURE',
    );
    for (const who of ['appraiser', 'officer.u1', 'integrator']) {
      expect(code((await publish(who, { decisionNumber: '123/QĐ-UBND', decisionDate: vietnamToday() })).errors)).toBe('FORBIDDEN');
    }
    expect(await storedEvents()).toEqual([]);
  });

  it('before publication: the ranking report says its result is provisional, with no official version to compare with', async () => {
    const text = await reportText();
    expect(text).toContain('Kết quả tạm thời, chưa công bố');
    expect(text).toContain('chưa có kết quả chính thức để đối chiếu');
    expect(text).not.toContain('Kết quả chính thức — phiên bản');
  });

  let version1: Official;
  it('publishes by decision: official version 1 for everybody, the provisional snapshot, on par.ranking.v1', async () => {
    const before = (await provisional('admin')).data!.provisionalRanking;
    const r = await publish('admin', {
      decisionNumber: '123/QĐ-UBND',
      decisionDate: vietnamToday(),
      signer: 'Chủ tịch UBND tỉnh',
      expectedVersion: 0,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.publishRanking.version).toMatchObject({
      version: 1,
      kind: 'PUBLISHED',
      decisionNumber: '123/QĐ-UBND',
      signer: 'Chủ tịch UBND tỉnh',
      reason: null,
    });
    expect(await storedEvents()).toEqual([{ type: 'RankingPublished', stream_id: `ranking-publication:${P}:${CYCLE}`, province: P }]);

    // the integrator reads the official ranking: the provisional rows as they stood, marked official version 1
    const o = await official('integrator');
    expect(o.errors).toBeUndefined();
    version1 = o.data!.officialRanking!;
    expect(version1.latestVersion).toBe(1);
    const strip = ({ appraisalFinal: _f, kind: _k, rankingVersion: _v, ...rest }: Row) => rest;
    expect(version1.rows.map(strip)).toEqual(before.map(strip));
    expect(version1.rows.map((x) => [x.unitId, x.rank, x.total, x.unscoredItems])).toEqual([
      ['u1', 1, 7.5, 1],
      ['u2', 2, 2, 1],
      ['u3', 3, 0, 1],
    ]);
    expect(version1.rows.every((x) => x.kind === 'OFFICIAL' && x.rankingVersion === 1)).toBe(true);
    expect((await q<{ ranking: Row[] }>('integrator', `{ ranking(cycleId: "${CYCLE}") { ${ROW} } }`)).data?.ranking).toEqual(version1.rows);
    expect((await unitRank('auditor', 'u2')).data?.unit?.rank).toMatchObject({
      unitId: 'u2',
      total: 2,
      kind: 'OFFICIAL',
      rankingVersion: 1,
    });
    // still no provisional ranking for them
    expect(code((await provisional('integrator')).errors)).toBe('FORBIDDEN');

    // integrators follow par.ranking.v1
    const reader = createKafkaBus({ brokers: kafkaBrokersFromEnv(), clientId: `e2e-ranking-reader-${stack.database}`, lagIntervalMs: 0 });
    const seen: IncomingMessage[] = [];
    const sub = await reader.subscribe({
      groupId: `e2e-ranking-reader-${stack.database}`,
      topics: [`par.ranking.v1.${stack.database}`],
      fromBeginning: true,
      handle: async (m) => {
        seen.push(m);
      },
    });
    try {
      await eventually(async () => seen.length >= 1, 30_000, 'RankingPublished on Kafka');
      expect(seen[0]).toMatchObject({
        key: `ranking-publication:${P}:${CYCLE}`,
        headers: { province: P, 'event-type': 'RankingPublished' },
        value: {
          type: 'RankingPublished',
          version: 1,
          province: P,
          cycleId: CYCLE,
          rankingVersion: 1,
          decision: { number: '123/QĐ-UBND' },
        },
      });
      expect((seen[0]!.value as { rows: unknown[] }).rows).toHaveLength(3);
    } finally {
      await sub.close();
      await reader.close();
    }

    // once only: a change after publication goes by correctRanking
    expect(code((await publish('admin', { decisionNumber: '124/QĐ-UBND', decisionDate: vietnamToday() })).errors)).toBe(
      'ALREADY_PUBLISHED',
    );
    expect(await storedEvents()).toHaveLength(1);
  });

  it('after publication: the ranking report shows official version 1 with its decision, and its figures agree with it', async () => {
    const decided = (version1.version as { decisionDate?: string }).decisionDate ?? vietnamToday();
    await eventually(
      async () => (await reportText()).includes(`Kết quả chính thức — phiên bản 1, Quyết định số 123/QĐ-UBND ngày ${dmy(decided)}`),
      30_000,
      'the reporting service to know official version 1',
    );
    const text = await reportText();
    expect(text).toContain('khớp với kết quả chính thức phiên bản 1 (Quyết định số 123/QĐ-UBND');
    expect(text).toContain('không có chênh lệch.');
    const { bytes, positions } = await report('XLSX');
    const info = (await readXlsx(bytes)).getWorksheet('Thông tin')!;
    const rows = info.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1, 3) : r));
    expect(rows).toContainEqual(['Kết quả', `Kết quả chính thức — phiên bản 1, Quyết định số 123/QĐ-UBND ngày ${dmy(decided)}`]);
    expect(positions).toContainEqual({
      projection: 'reporting.ranking-versions',
      topic: `par.ranking.v1.${stack.database}`,
      partition: 0,
      offset: '0',
    });
    expect(await differences()).toEqual([]);
  });

  it('corrects only by a new decision with a reason: version 2 from the corrected appraisal, version 1 unchanged', async () => {
    // the final appraisal is locked: the DHA reopens it, the appraiser corrects 2.1.1 and finalizes again
    const locked = await q(
      'appraiser',
      `mutation { recordAppraisedScore(input: { cycleId: "${CYCLE}", unitId: "u3", subCriterionCode: "2.1.1", score: 2 }) { version } }`,
    );
    expect(code(locked.errors)).toBe('APPRAISAL_FINALIZED');
    const reopened = await q<{ reopenAppraisal: { finalizedAt: string | null } }>(
      'admin',
      `mutation { reopenAppraisal(input: { cycleId: "${CYCLE}", unitId: "u3", reason: "Xem xét lại tiêu chí 2.1.1 sau giải trình" }) { finalizedAt } }`,
    );
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data?.reopenAppraisal.finalizedAt).toBeNull();
    await appraiseAndFinalize(url, tokens['appraiser']!, CYCLE, 'u3', {
      '2.1.1': { score: 2, reason: 'Bổ sung tài liệu kiểm chứng sau giải trình' },
    });
    await eventually(
      async () => {
        const u3 = (await provisional('admin')).data?.provisionalRanking.find((r) => r.unitId === 'u3');
        return u3?.total === 2 && u3.appraisalFinal === true;
      },
      30_000,
      'the provisional ranking to follow the corrected appraisal',
    );
    // the report recomputes from the corrected appraisal: it now differs from official version 1, and says where
    await eventually(async () => (await differences()).length > 0, 30_000, 'the report to follow the corrected appraisal');
    expect(await differences()).toEqual([
      ['UBND thành phố Bắc Kạn', 'Tổng điểm', '0,00', '2,00'],
      ['UBND thành phố Bắc Kạn', 'Thứ hạng', '3', '2'],
      ['UBND thành phố Bắc Kạn', 'Lĩnh vực 2. Cải cách thủ tục hành chính', '0,00', '2,00'],
    ]);
    expect(await reportText()).toMatch(
      /Phát hiện 3 chênh lệch giữa số liệu tính lại từ số liệu chấm điểm và kết quả chính thức phiên bản 1/,
    );
    const noDecision = await correct({ reason: 'Điều chỉnh sau giải trình' });
    expect(code(noDecision.errors)).toBe('CORRECTION_NEEDS_DECISION');
    expect(noDecision.errors?.[0]?.message).toBe(
      'Việc điều chỉnh kết quả đã công bố phải theo một quyết định mới: cần số và ngày quyết định.',
    );
    expect(code((await correct({ decisionNumber: '150/QĐ-UBND', decisionDate: vietnamToday(), reason: '  ' })).errors)).toBe(
      'REASON_REQUIRED',
    );
    expect(code((await correct({ decisionNumber: '123/QĐ-UBND', decisionDate: vietnamToday(), reason: 'x' })).errors)).toBe(
      'DECISION_ALREADY_USED',
    );
    const stale = await correct({ decisionNumber: '150/QĐ-UBND', decisionDate: vietnamToday(), reason: 'x', expectedVersion: 0 });
    expect(code(stale.errors)).toBe('CONCURRENCY_CONFLICT');
    expect(await storedEvents()).toHaveLength(1);

    const reason = 'Điều chỉnh điểm tiêu chí 2.1.1 của UBND thành phố Bắc Kạn sau giải trình';
    const r = await correct({ decisionNumber: '150/QĐ-UBND', decisionDate: vietnamToday(), reason, expectedVersion: 1 });
    expect(r.errors).toBeUndefined();
    expect(r.data?.correctRanking.version).toMatchObject({
      version: 2,
      kind: 'CORRECTED',
      decisionNumber: '150/QĐ-UBND',
      reason,
      correctsVersion: 1,
    });
    expect(r.data?.correctRanking.rows.map((x) => [x.unitId, x.rank, x.total, x.rankingVersion])).toEqual([
      ['u1', 1, 7.5, 2],
      ['u2', 2, 2, 2],
      ['u3', 2, 2, 2],
    ]);

    // every version kept and queryable; version 1 exactly as published
    const v1 = await official('integrator', 1);
    expect(v1.data?.officialRanking).toEqual({ ...version1, latestVersion: 2 });
    expect(v1.data?.officialRanking?.rows.find((x) => x.unitId === 'u3')?.total).toBe(0);
    expect((await official('integrator')).data?.officialRanking?.version['version']).toBe(2);
    const versions = await q<{ rankingVersions: Record<string, unknown>[] }>(
      'auditor',
      `{ rankingVersions(cycleId: "${CYCLE}") { version kind decisionNumber reason correctsVersion publishedAt publishedById } }`,
    );
    expect(versions.data?.rankingVersions).toEqual([
      expect.objectContaining({ version: 1, kind: 'PUBLISHED', decisionNumber: '123/QĐ-UBND', reason: null, correctsVersion: null }),
      expect.objectContaining({ version: 2, kind: 'CORRECTED', decisionNumber: '150/QĐ-UBND', reason, correctsVersion: 1 }),
    ]);
    expect(
      versions.data?.rankingVersions.every((v) => typeof v['publishedAt'] === 'string' && typeof v['publishedById'] === 'string'),
    ).toBe(true);
    expect(code((await official('integrator', 3)).errors)).toBe('RANKING_VERSION_NOT_FOUND');
    expect((await storedEvents()).map((e) => e.type)).toEqual(['RankingPublished', 'RankingCorrected']);

    // the ranking report now shows version 2, why it was corrected, and agrees with it again
    const status = `Kết quả chính thức — phiên bản 2, Quyết định số 150/QĐ-UBND ngày ${dmy(vietnamToday())}`;
    await eventually(async () => (await reportText()).includes(status), 30_000, 'the reporting service to know official version 2');
    const text = await reportText();
    expect(text).toContain(
      `Phiên bản 2 điều chỉnh phiên bản 1 theo Quyết định số 150/QĐ-UBND ngày ${dmy(vietnamToday())}. Lý do: ${reason}`,
    );
    expect(text).toContain('không có chênh lệch.');
    expect(await differences()).toEqual([]);
    expect(rankingPosition((await report('DOCX')).positions)).toBe('1');
    expect(text).toContain(`reporting.ranking-versions par.ranking.v1.${stack.database}/0@1`);
  });

  it("an integrator's consumer outside the platform (examples/integrator, kafkajs) validates both versions on the real Kafka", async () => {
    const script = fileURLToPath(new URL('../../examples/integrator/src/follow-published-events.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [script, '--suffix', stack.database, '--max', '2', '--timeout', '60'], {
      env: { ...process.env, PAR_KAFKA_BROKERS: kafkaBrokersFromEnv().join(',') },
      timeout: 90_000,
    });
    expect(stdout.trim().split('\n')).toEqual([
      `✓ par.ranking.v1 ${P} RankingPublished ${CYCLE} phiên bản 1`,
      `✓ par.ranking.v1 ${P} RankingCorrected ${CYCLE} phiên bản 2`,
    ]);
  }, 120_000);
});
