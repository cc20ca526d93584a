/**
 * The province's reports end to end through the gateway, with real Keycloak tokens: the ranking report and a unit's
 * analysis report of the demo province (two cycles scored through GraphQL), as DOCX (document.xml read back), XLSX
 * (exceljs: numbers are numbers, user text neutralised) and PDF (LibreOffice; pdftotext and page count). The PDF pages
 * are written to docs/reports/demo-*.png by this test. Who may read which report, and province isolation.
 */
import { fileURLToPath } from 'node:url';
import {
  assignAppraisersThroughGateway,
  DEMO_CYCLE,
  demoFrameworkYaml,
  eventually,
  gql,
  seedDemoProvince,
  selfScoreAndSubmit,
} from '@par/platform';
import { docxText, docxXml, pdfText, readXlsx, writeReportFiles } from '@par/reporting-documents/testing';
import { keycloakToken, startTestStack, type TestStack } from '../support/stack';

const GATEWAY_PORT = 4975;
const PORT_OFFSET = 875;
const OUT = fileURLToPath(new URL('../../docs/reports/', import.meta.url));
const HOSTILE = '=HYPERLINK("http://x";"Bấm")<b>UBND huyện Thử</b>';
const PREVIOUS = {
  ...DEMO_CYCLE,
  id: '2024-district',
  name: 'Chỉ số CCHC cấp huyện năm 2024',
  year: 2024,
  frameworkId: 'demo-district-2024',
};
/** Last year's framework: the demo framework under its own id, for 2024. */
const framework2024 = demoFrameworkYaml('bac-kan')
  .replace('id: demo-district', 'id: demo-district-2024')
  .replace('period: { from: 2025, to: 2025 }', 'period: { from: 2024, to: 2024 }')
  .replace('year: 2025', 'year: 2024');

type Position = { projection: string; topic: string; partition: number; offset: string };
type File = { filename: string; mediaType: string; sizeBytes: number; sha256: string; contentBase64: string; eventPositions: Position[] };
const RANKING = `query($c: ID!, $t: String!, $f: ReportFormat!) { rankingReport(cycleId: $c, unitType: $t, format: $f, header: { number: "Số: 15/BC-SNV", superior: "UBND tỉnh Bắc Kạn", place: "Bắc Kạn", signerName: "Nguyễn Văn A" }) { filename mediaType sizeBytes sha256 contentBase64 eventPositions { projection topic partition offset } } }`;
const UNIT = `query($c: ID!, $u: ID!, $f: ReportFormat!) { unitAnalysisReport(cycleId: $c, unitId: $u, format: $f) { filename mediaType sizeBytes sha256 contentBase64 eventPositions { projection topic partition offset } } }`;

/**
 * Appraised scores per unit of the items appraised by hand: 1.1.1, 1.1.2, 2.1.1. The survey-measured 2.1.2 is not
 * appraised by hand (NOT_APPRAISED_BY_HAND) and no survey campaign is published here, so it is unscored in these reports (with the
 * test of published survey points in surveys.e2e.spec.ts).
 */
const SCORES: Record<string, Record<string, [number, number, number]>> = {
  [PREVIOUS.id]: { u1: [2, 3, 2], u2: [2, 4, 2], u3: [1, 2, 0] },
  [DEMO_CYCLE.id]: { u1: [1.5, 4, 2], u2: [2, 1.5, 2], u3: [1, 3, 2] },
};
const CODES = ['1.1.1', '1.1.2', '2.1.1'];
/** What each unit claims in its self-assessment: the maximum of every item (the appraiser lowers some). */
const SELF = { '1.1.1': 2, '1.1.2': 4, '2.1.1': 2 };
/** The 2025 ranking as a clerk might type it: the ranks of the 2nd and 3rd rows swapped. */
const HAND_TYPED = 'STT;Đơn vị;Điểm;Xếp hạng\n1;UBND huyện Ba Bể;7,50;1\n2;UBND thành phố Bắc Kạn;6,00;3\n3;UBND huyện Chợ Đồn;5,50;2\n';
const RECONCILE = `mutation($c: ID!, $file: Upload!) { reconcilePublishedTable(cycleId: $c, file: $file) { fileName ok checks contradictions { code place message expected actual } problems { code column } } }`;

describe('reports through the gateway (DOCX, XLSX, PDF)', () => {
  let stack: TestStack;
  let url: string;
  const tokens: Record<string, string> = {};
  const decode = (f: File) => new Uint8Array(Buffer.from(f.contentBase64, 'base64'));

  beforeAll(async () => {
    stack = await startTestStack({ gatewayPort: GATEWAY_PORT, portOffset: PORT_OFFSET });
    url = stack.platform.gateway.url;
    for (const user of ['admin', 'officer.u1', 'appraiser', 'auditor', 'integrator']) tokens[user] = await keycloakToken('bac-kan', user);
    tokens['cb-auditor'] = await keycloakToken('cao-bang', 'auditor');
    await seedDemoProvince(url, tokens['admin']!, 'bac-kan');
    const reg = await gql(url, tokens['admin']!, `mutation($i: RegisterUnitInput!) { registerUnit(input: $i) { id } }`, {
      i: { id: 'u4', name: HOSTILE, unitType: 'district', code: '999' },
    });
    expect(reg.errors).toBeUndefined();
    const published = await gql(
      url,
      tokens['admin']!,
      `mutation($d: String!) { publishFramework(input: { definition: $d, format: "yaml", reason: "Bộ tiêu chí năm 2024" }) { version } }`,
      { d: framework2024 },
    );
    expect(published.errors).toBeUndefined();
    const opened = await gql(url, tokens['admin']!, `mutation($i: OpenCycleInput!) { openCycle(input: $i) { id } }`, { i: PREVIOUS });
    expect(opened.errors).toBeUndefined();
    // each cycle follows the appraisal round: the demo appraiser assigned, each unit submits (u1 by its officer, the
    // others by the DHA on their behalf), then appraisal
    for (const [cycleId, units] of Object.entries(SCORES)) {
      await assignAppraisersThroughGateway(url, tokens['admin']!, [tokens['appraiser']!], cycleId, Object.keys(units));
      for (const unitId of Object.keys(units)) {
        await selfScoreAndSubmit(url, tokens[unitId === 'u1' ? 'officer.u1' : 'admin']!, cycleId, unitId, SELF);
      }
    }
    for (const [cycleId, units] of Object.entries(SCORES)) {
      for (const [unitId, scores] of Object.entries(units)) {
        for (const [i, score] of scores.entries()) {
          const reason = score < [2, 4, 2][i]! ? 'Kế hoạch ban hành chậm, chưa đủ tài liệu kiểm chứng' : 'Đạt yêu cầu';
          const r = await gql(
            url,
            tokens['appraiser']!,
            `mutation($i: RecordAppraisedScoreInput!) { recordAppraisedScore(input: $i) { version } }`,
            {
              i: { cycleId, unitId, subCriterionCode: CODES[i], score, reason },
            },
          );
          expect(r.errors).toBeUndefined();
        }
      }
    }
    await eventually(
      async () => {
        const r = await gql<{ lostPointsReport: { totalLost: number } }>(
          url,
          tokens['auditor']!,
          `{ lostPointsReport(cycleId: "${DEMO_CYCLE.id}", unitId: "u3") { totalLost } }`,
        );
        const p = await gql<{ lostPointsReport: { totalLost: number } }>(
          url,
          tokens['auditor']!,
          `{ lostPointsReport(cycleId: "${PREVIOUS.id}", unitId: "u3") { totalLost } }`,
        );
        return r.data?.lostPointsReport.totalLost === 2 && p.data?.lostPointsReport.totalLost === 5;
      },
      90_000,
      'the reporting read model to have both cycles',
    );
  }, 300_000);

  afterAll(async () => stack?.close());

  const ranking = async (format: string, token = tokens['auditor']!) =>
    gql<{ rankingReport: File }>(url, token, RANKING, { c: DEMO_CYCLE.id, t: 'district', f: format });

  it('the ranking report as DOCX: official header, the ranking in Vietnamese format, user text escaped', async () => {
    const r = await ranking('DOCX');
    expect(r.errors).toBeUndefined();
    const f = r.data!.rankingReport;
    expect(f.filename).toBe('xep-hang-2025-district.docx');
    expect(f.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(f.sizeBytes).toBe(decode(f).byteLength);
    const text = docxText(decode(f));
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/BC-SNV',
      'UBND huyện Chợ Đồn',
      '7,50',
      'xếp hạng 1/4',
      HOSTILE,
    ])
      expect(text).toContain(s);
    expect(docxXml(decode(f))).toContain('&lt;b&gt;UBND huyện Thử&lt;/b&gt;');
    expect(text).toContain('Kế hoạch ban hành chậm, chưa đủ tài liệu kiểm chứng');
  }, 120_000);

  it('the ranking report as XLSX: a sheet per table, scores as numbers with 2 decimals, formulas neutralised', async () => {
    const f = (await ranking('XLSX')).data!.rankingReport;
    const wb = await readXlsx(decode(f));
    const ws = wb.getWorksheet('Xếp hạng')!;
    const rows = [4, 5, 6, 7].map((i) => ws.getRow(i).values as unknown[]);
    // u1: 1.5+4+2 = 7.5; u3: 1+3+2 = 6; u2: 2+1.5+2 = 5.5; u4: nothing scored (2.1.2 unscored everywhere)
    expect(rows.map((r) => [r[2], r[3], r[6]])).toEqual([
      ['UBND huyện Ba Bể', 7.5, 1],
      ['UBND thành phố Bắc Kạn', 6, 2],
      ['UBND huyện Chợ Đồn', 5.5, 3],
      [`'${HOSTILE}`, 0, 4],
    ]);
    expect(ws.getColumn(3).numFmt).toBe('0.00');
    // no survey results published in this province: survey points 0, and the report says so
    expect(wb.getWorksheet('Điểm điều tra XHH')!.getRow(4).getCell(4).value).toBe(0);
    expect(docxText(decode((await ranking('DOCX')).data!.rankingReport))).toContain(
      'Chưa có kết quả điều tra xã hội học của kỳ đánh giá trong hệ thống: điểm điều tra XHH được tính bằng 0 cho đến khi kết quả khảo sát được công bố.',
    );
  }, 120_000);

  it('the ranking report as PDF (LibreOffice): text and pages; the pages are written to docs/reports', async () => {
    const [pdf, docx, xlsx] = await Promise.all([ranking('PDF'), ranking('DOCX'), ranking('XLSX')]);
    expect(pdf.errors).toBeUndefined();
    const bytes = decode(pdf.data!.rankingReport);
    const p = pdfText(bytes);
    expect(p.pages).toBeGreaterThanOrEqual(2);
    expect(p.text).toContain('UBND huyện Ba Bể');
    expect(p.text).toContain('7,50');
    // the status line and the event positions line, as in the DOCX
    expect(p.text).toContain('Kết quả tạm thời, chưa công bố');
    expect(p.text).toContain('Số liệu lập đến vị trí sự kiện: reporting.catalog');
    writeReportFiles(OUT, 'demo-bac-kan-2025-xep-hang', {
      docx: decode(docx.data!.rankingReport),
      xlsx: decode(xlsx.data!.rankingReport),
      pdf: bytes,
    });
  }, 180_000);

  it("a unit's analysis report: x/N and the change against last year; the unit's officer may read it", async () => {
    const r = await gql<{ unitAnalysisReport: File }>(url, tokens['officer.u1']!, UNIT, { c: DEMO_CYCLE.id, u: 'u1', f: 'PDF' });
    expect(r.errors).toBeUndefined();
    const bytes = decode(r.data!.unitAnalysisReport);
    const p = pdfText(bytes);
    // 2024: u1 2+3+2 = 7 (u2 has 8 → u1 is 2nd of 4); 2025: 7.5, rank 1 of 4
    expect(p.text).toContain('đạt 7,50/10 điểm (chỉ số 75,00%), xếp hạng 1/4');
    expect(p.text).toContain('so với năm 2024 (7,00 điểm, xếp hạng 2/4) tăng 0,50 điểm và tăng 1 bậc');
    expect(p.text).toContain('Sở Nội vụ');
    writeReportFiles(OUT, 'demo-bac-kan-2025-phan-tich-u1', { pdf: bytes });
    const x = await gql<{ unitAnalysisReport: File }>(url, tokens['auditor']!, UNIT, { c: DEMO_CYCLE.id, u: 'u1', f: 'XLSX' });
    const ws = (await readXlsx(decode(x.data!.unitAnalysisReport))).getWorksheet('So sánh theo lĩnh vực')!;
    expect(ws.getRow(4).values).toEqual([undefined, '1. Công tác chỉ đạo, điều hành cải cách hành chính', 6, 5, 5.5, 0.5, 'tăng']);
  }, 180_000);

  it('records the event positions it was built from; built again at the same positions, the same figures in every sheet', async () => {
    const sheets = async (f: File) => {
      const wb = await readXlsx(decode(f));
      return wb.worksheets.map((ws) => [ws.name, ws.getSheetValues()]);
    };
    const first = (await ranking('XLSX')).data!.rankingReport;
    const again = (await ranking('XLSX')).data!.rankingReport;
    expect(first.eventPositions.map((p) => p.projection)).toEqual(expect.arrayContaining(['reporting.catalog', 'reporting.scores']));
    expect(first.eventPositions.find((p) => p.projection === 'reporting.scores')).toMatchObject({
      topic: `par.assessments.v1.${stack.database}`,
      offset: expect.stringMatching(/^\d+$/),
    });
    expect(again.eventPositions).toEqual(first.eventPositions);
    expect(await sheets(again)).toEqual(await sheets(first));
    // printed at the end of the document and in the XLSX "Thông tin" sheet, in the same order as returned
    const line = `Số liệu lập đến vị trí sự kiện: ${first.eventPositions.map((p) => `${p.projection} ${p.topic}/${p.partition}@${p.offset}`).join('; ')}.`;
    const docx = (await ranking('DOCX')).data!.rankingReport;
    expect(docx.eventPositions).toEqual(first.eventPositions);
    expect(docxText(decode(docx)).trim().endsWith(line)).toBe(true);
    expect((await readXlsx(decode(first))).getWorksheet('Thông tin')!.getSheetValues().flat()).toContain(line);
    // nothing published in this province: the ranking report says its result is provisional
    expect(docxText(decode(docx))).toContain('Kết quả tạm thời, chưa công bố');
    // the unit analysis report records them too
    const unit = (await gql<{ unitAnalysisReport: File }>(url, tokens['auditor']!, UNIT, { c: DEMO_CYCLE.id, u: 'u1', f: 'DOCX' })).data!
      .unitAnalysisReport;
    expect(unit.eventPositions).toEqual(first.eventPositions);
    expect(docxText(decode(unit))).toContain(line);
  }, 120_000);

  it('reconciles a hand-typed ranking table (CSV upload) against the cycle: the ranks out of order, nothing else', async () => {
    const post = async () => {
      const form = new FormData();
      form.append('operations', JSON.stringify({ query: RECONCILE, variables: { c: DEMO_CYCLE.id, file: null } }));
      form.append('map', JSON.stringify({ 0: ['variables.file'] }));
      form.append('0', new Blob([HAND_TYPED]), 'bang-xep-hang.csv');
      const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${tokens['auditor']!}` }, body: form });
      return (await res.json()) as {
        data?: { reconcilePublishedTable: { ok: boolean; contradictions: { code: string; place: string }[]; problems: unknown[] } };
        errors?: { extensions?: { code?: string } }[];
      };
    };
    let r = await post();
    await eventually(
      async () => (r = await post()).errors?.[0]?.extensions?.code !== 'UNKNOWN_CYCLE',
      60_000,
      'the reporting catalog to know the cycle',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.reconcilePublishedTable.ok).toBe(false);
    expect(r.data!.reconcilePublishedTable.problems).toEqual([]);
    expect(r.data!.reconcilePublishedTable.contradictions.map((c) => [c.code, c.place])).toEqual([['RANK_MISMATCH', 'bang-xep-hang/rank']]);
  }, 60_000);

  it('only authorised roles, only their own province', async () => {
    const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.['code'];
    expect(code(await ranking('DOCX', tokens['officer.u1']!))).toBe('FORBIDDEN');
    expect(code(await ranking('DOCX', tokens['integrator']!))).toBe('FORBIDDEN');
    expect(code(await gql(url, tokens['officer.u1']!, UNIT, { c: DEMO_CYCLE.id, u: 'u2', f: 'DOCX' }))).toBe('FORBIDDEN');
    expect(code(await ranking('DOCX', tokens['cb-auditor']!))).toBe('UNKNOWN_CYCLE');
    expect(code(await gql(url, tokens['auditor']!, RANKING, { c: DEMO_CYCLE.id, t: 'commune', f: 'DOCX' }))).toBe('UNIT_TYPE_MISMATCH');
  }, 60_000);
});
