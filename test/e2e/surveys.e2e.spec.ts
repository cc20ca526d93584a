/**
 * Surveys end to end through the gateway with Keycloak tokens: a campaign on the demo cycle's survey-measured
 * sub-criterion 2.1.2 (rate × 2), responses imported from an XLSX file (a bad file reports every bad row and
 * imports nothing; the same file again changes nothing), results published, the ranking changes; one-time
 * tokens answer once on the public form's operations without a bearer token; a second use and an expired token
 * are refused.
 */
import ExcelJS from 'exceljs';
import { demoFrameworkYaml, eventually, gql, seedDemoProvince } from '@par/platform';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { docxText, readXlsx } from '@par/reporting-documents/testing';
import { keycloakToken, startTestStack, type TestStack } from '../support/stack';
import { launchChromium, PHONE } from '../support/console-browser';

const GATEWAY_PORT = 5310;
const PORT_OFFSET = 1210;
const CYCLE = '2025-district';
const CAMPAIGN = 'xhh-2025';

const DEFINITION = {
  name: 'Điều tra xã hội học năm 2025',
  scale: {
    levels: [1, 2, 3, 4, 5].map((value) => ({
      value,
      label: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'][value - 1],
    })),
    positive: [4, 5],
  },
  groups: [{ code: 'nguoi-dan', name: 'Người dân', quotaPerUnit: 3 }],
  questions: [
    { id: 'q1', text: 'Ông/bà đánh giá thế nào về việc giải quyết thủ tục hành chính?', code: '2.1.2' },
    { id: 'q2', text: 'Cán bộ có hướng dẫn tận tình?', code: '2.1.2', required: false },
  ],
};
const CREATE = `mutation($i: CreateSurveyCampaignInput!) { createSurveyCampaign(input: $i) { campaignId frameworkId questions { id code } version } }`;
const IMPORT = `mutation($c: ID!, $file: Upload!) { importSurveyResponses(campaignId: $c, file: $file) { rows imported unchanged problems { sheet row column code messageVi } } }`;

async function xlsx(rows: (string | number)[][], questions = ['q1', 'q2']): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phiếu');
  ws.addRow(['Mã người trả lời', 'Nhóm', 'Mã đơn vị', ...questions]);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function upload(url: string, token: string, fileName: string, body: Uint8Array<ArrayBuffer>, campaign = CAMPAIGN) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: IMPORT, variables: { c: campaign, file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([body]), fileName);
  const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return (await res.json()) as {
    data?: { importSurveyResponses: { rows: number; imported: number; unchanged: number; problems: { row: number; code: string }[] } };
    errors?: unknown[];
  };
}

/** u1: 5,4,4,2 on q1 and 4 on q2 → 4/5 = 0.8 → 1.6 points; u2: 1,2 → 0; u3: 5 → 2 points. */
const GOOD = [
  ['nd-001', 'nguoi-dan', 'u1', 5, 4],
  ['nd-002', 'nguoi-dan', 'u1', 4, ''],
  ['nd-003', 'nguoi-dan', 'u1', 4, ''],
  ['nd-004', 'nguoi-dan', 'u1', 2, ''],
  ['nd-005', 'nguoi-dan', 'u2', 1, ''],
  ['nd-006', 'nguoi-dan', 'u2', 2, ''],
  ['nd-007', 'nguoi-dan', 'u3', 5, ''],
];

describe('surveys: campaign, XLSX import, publication into the ranking, one-time tokens', () => {
  let stack: TestStack;
  let url: string;
  let admin: string;
  let integrator: string;
  const rankingOf = async () =>
    // the provisional ranking (live from the scores) is the Department of Home Affairs'; others see only official versions
    (
      await gql<{ provisionalRanking: { unitId: string; total: number }[] }>(
        url,
        admin,
        `{ provisionalRanking(cycleId: "${CYCLE}") { unitId total } }`,
      )
    ).data?.provisionalRanking ?? [];

  beforeAll(async () => {
    stack = await startTestStack({ gatewayPort: GATEWAY_PORT, portOffset: PORT_OFFSET });
    url = stack.platform.gateway.url;
    admin = await keycloakToken('bac-kan', 'admin');
    integrator = await keycloakToken('bac-kan', 'integrator');
    await seedDemoProvince(url, admin, 'bac-kan');
    await eventually(async () => (await rankingOf()).length === 3, 60_000, 'ranking to know the demo units');
    await eventually(
      async () =>
        (await gql<{ surveyCriteria: unknown[] }>(url, integrator, `{ surveyCriteria(cycleId: "${CYCLE}") { code } }`)).data?.surveyCriteria
          .length === 1,
      60_000,
      'surveys catalog to know the cycle',
    );
  }, 120_000);

  afterAll(async () => stack?.close());

  it('creates a campaign checked against the pinned framework (coded errors for unknown or non-survey nodes)', async () => {
    const bad = async (code: string) =>
      (
        await gql(url, admin, CREATE, {
          i: {
            campaignId: 'bad',
            cycleId: CYCLE,
            definition: JSON.stringify({ ...DEFINITION, questions: [{ id: 'q1', text: 'Câu 1', code }] }),
          },
        })
      ).errors?.[0]?.extensions?.['code'];
    expect(await bad('9.9.9')).toBe('UNKNOWN_SURVEY_NODE');
    expect(await bad('1.1.1')).toBe('NODE_NOT_SURVEY_MEASURED');
    const officer = await keycloakToken('bac-kan', 'officer.u1');
    const forbidden = await gql(url, officer, CREATE, {
      i: { campaignId: CAMPAIGN, cycleId: CYCLE, definition: JSON.stringify(DEFINITION) },
    });
    expect(forbidden.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const created = await gql<{ createSurveyCampaign: { campaignId: string; frameworkId: string; version: number } }>(url, admin, CREATE, {
      i: { campaignId: CAMPAIGN, cycleId: CYCLE, definition: JSON.stringify(DEFINITION) },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createSurveyCampaign).toMatchObject({ campaignId: CAMPAIGN, frameworkId: 'demo-district', version: 1 });
  });

  it('imports nothing from a bad XLSX (every bad row reported), then the good file; the same file again changes nothing', async () => {
    const bad = await upload(
      url,
      admin,
      'sai.xlsx',
      await xlsx([
        ...GOOD,
        ['nd-001', 'nguoi-dan', 'u2', 3, ''],
        ['nd-009', 'nguoi-dan', 'u9', 7, ''],
        ['nd-010', 'nguoi-dan', 'u1', '', ''],
      ]),
    );
    expect(bad.data?.importSurveyResponses.imported).toBe(0);
    expect(bad.data?.importSurveyResponses.problems.map((p) => [p.row, p.code])).toEqual([
      [9, 'DUPLICATE_RESPONDENT'],
      [10, 'UNKNOWN_UNIT'],
      [10, 'ANSWER_OUT_OF_SCALE'],
      [11, 'MISSING_ANSWER'],
    ]);
    const progress0 = await gql<{ surveyProgress: { responses: number } }>(
      url,
      admin,
      `{ surveyProgress(campaignId: "${CAMPAIGN}") { responses } }`,
    );
    expect(progress0.data?.surveyProgress.responses).toBe(0);
    const good = await upload(url, admin, 'phieu.xlsx', await xlsx(GOOD));
    expect(good.data?.importSurveyResponses).toMatchObject({ rows: 7, imported: 7, unchanged: 0, problems: [] });
    const again = await upload(url, admin, 'phieu.xlsx', await xlsx(GOOD));
    expect(again.data?.importSurveyResponses).toMatchObject({ rows: 7, imported: 0, unchanged: 7 });
    const progress = await gql<{
      surveyProgress: { responses: number; unitsBelowQuota: number; rows: { unitId: string; responses: number; quota: number }[] };
    }>(url, admin, `{ surveyProgress(campaignId: "${CAMPAIGN}") { responses unitsBelowQuota rows { unitId responses quota } } }`);
    expect(progress.data?.surveyProgress).toEqual({
      responses: 7,
      unitsBelowQuota: 2,
      rows: [
        { unitId: 'u1', responses: 4, quota: 3 },
        { unitId: 'u2', responses: 2, quota: 3 },
        { unitId: 'u3', responses: 1, quota: 3 },
      ],
    });
  });

  it('publishes the results; readable through the gateway; the ranking takes the survey points', async () => {
    const before = await rankingOf();
    expect(before.find((r) => r.unitId === 'u3')?.total).toBe(0);
    const published = await gql<{ publishSurveyResults: { resultVersion: number } }>(
      url,
      admin,
      `mutation { publishSurveyResults(campaignId: "${CAMPAIGN}") { resultVersion } }`,
    );
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishSurveyResults.resultVersion).toBe(1);
    const results = await gql<{
      surveyResults: {
        units: { unitId: string; items: { code: string; rate: number; points: number; responses: number; maxPoints: number }[] }[];
      };
    }>(
      url,
      integrator,
      `{ surveyResults(campaignId: "${CAMPAIGN}", unitId: "u1") { units { unitId items { code rate points responses maxPoints } } } }`,
    );
    expect(results.data?.surveyResults.units).toEqual([
      { unitId: 'u1', items: [{ code: '2.1.2', rate: 0.8, points: 1.6, responses: 4, maxPoints: 2 }] },
    ]);
    const after = await eventually(
      async () => {
        const r = await rankingOf();
        return r.find((x) => x.unitId === 'u3')?.total === 2 ? r : null;
      },
      60_000,
      'ranking to take the survey points',
    );
    expect(Object.fromEntries(after.map((r) => [r.unitId, r.total]))).toEqual({ u1: 1.6, u2: 0, u3: 2 });
  });

  it('the ranking report prints the published survey points (the reporting service reads par.surveys.v1)', async () => {
    const REPORT = `query($f: ReportFormat!) { rankingReport(cycleId: "${CYCLE}", unitType: "district", format: $f) { contentBase64 } }`;
    const bytes = async (format: 'XLSX' | 'DOCX') => {
      const r = await gql<{ rankingReport: { contentBase64: string } }>(url, admin, REPORT, { f: format });
      expect(r.errors).toBeUndefined();
      return new Uint8Array(Buffer.from(r.data!.rankingReport.contentBase64, 'base64'));
    };
    const surveyTotals = async () => {
      const ws = (await readXlsx(await bytes('XLSX'))).getWorksheet('Điểm điều tra XHH')!;
      return [4, 5, 6].map((i) => {
        const values = ws.getRow(i).values as unknown[];
        return values[values.length - 1];
      });
    };
    // ranked u3 (2), u1 (1.6), u2 (0): the survey table follows the ranking
    const totals = await eventually(
      async () => ((await surveyTotals())[0] === 2 ? surveyTotals() : null),
      60_000,
      'report to read the survey points',
    );
    expect(totals).toEqual([2, 1.6, 0]);
    expect(docxText(await bytes('DOCX'))).toContain('Bảng 2. Điểm điều tra xã hội học theo lĩnh vực');
    expect(docxText(await bytes('DOCX'))).not.toContain('Chưa có kết quả điều tra xã hội học');
  });

  it('a one-time token opens the public form and answers once; a second use and an expired token are refused', async () => {
    const issue = async (expiresAt?: string) => {
      const r = await gql<{ issueSurveyTokens: { count: number; csv: string } }>(
        url,
        admin,
        `mutation($i: IssueSurveyTokensInput!) { issueSurveyTokens(input: $i) { count csv } }`,
        { i: { campaignId: CAMPAIGN, group: 'nguoi-dan', count: 1, unitId: 'u2', ...(expiresAt && { expiresAt }) } },
      );
      expect(r.errors).toBeUndefined();
      const link = r.data!.issueSurveyTokens.csv.split('\r\n')[1]!.split(',')[3]!;
      expect(link).toMatch(/\/khao-sat\/#t=/);
      return link.split('#t=')[1]!;
    };
    const token = await issue();
    const expiring = await issue(new Date(Date.now() + 4000).toISOString());
    const form = (t: string) =>
      gql<{ surveyForm: { unitName: string; questions: { id: string }[] } }>(
        url,
        null,
        `query($t: String!) { surveyForm(token: $t) { unitName questions { id } } }`,
        { t },
      );
    const opened = await eventually(async () => ((await form(token)).data?.surveyForm ? form(token) : null), 30_000, 'token lookup');
    expect(opened.data?.surveyForm).toEqual({ unitName: 'UBND huyện Chợ Đồn', questions: [{ id: 'q1' }, { id: 'q2' }] });
    const answer = (t: string) =>
      gql<{ answerSurvey: { message: string } }>(
        url,
        null,
        `mutation($t: String!, $a: [SurveyAnswerInput!]!) { answerSurvey(token: $t, answers: $a) { message } }`,
        {
          t,
          a: [{ questionId: 'q1', value: 5 }],
        },
      );
    expect((await answer(token)).data?.answerSurvey.message).toBe('Cảm ơn bạn đã trả lời phiếu khảo sát.');
    expect((await answer(token)).errors?.[0]?.extensions?.['code']).toBe('TOKEN_USED');
    expect((await form(token)).errors?.[0]?.extensions?.['code']).toBe('TOKEN_USED');
    await eventually(async () => (await form(expiring)).data?.surveyForm, 30_000, 'expiring token lookup');
    await new Promise((r) => setTimeout(r, 4500));
    expect((await answer(expiring)).errors?.[0]?.extensions?.['code']).toBe('TOKEN_EXPIRED');
    // only the public operations may omit the bearer token
    const other = await gql(url, null, `{ surveyResults(campaignId: "${CAMPAIGN}") { resultVersion } }`);
    expect(other.status).toBe(401);
    const progress = await gql<{ surveyProgress: { responses: number } }>(
      url,
      admin,
      `{ surveyProgress(campaignId: "${CAMPAIGN}") { responses } }`,
    );
    expect(progress.data?.surveyProgress.responses).toBe(8);
    const page = await fetch(url.replace('/graphql', '/khao-sat/'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Phiếu khảo sát');
  });

  it('the public form on a phone: opened by its link, answered once, then refused (screenshots in docs/surveys/)', async () => {
    const r = await gql<{ issueSurveyTokens: { csv: string } }>(
      url,
      admin,
      `mutation($i: IssueSurveyTokensInput!) { issueSurveyTokens(input: $i) { csv } }`,
      { i: { campaignId: CAMPAIGN, group: 'nguoi-dan', count: 1, unitId: 'u3' } },
    );
    expect(r.errors).toBeUndefined();
    const token = r.data!.issueSurveyTokens.csv.split('\r\n')[1]!.split(',')[3]!.split('#t=')[1]!;
    const link = `${new URL(url).origin}/khao-sat/#t=${token}`;
    const dir = fileURLToPath(new URL('../../docs/surveys/', import.meta.url));
    await mkdir(dir, { recursive: true });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: PHONE, locale: 'vi-VN' });
      // the token's record reaches the surveys read model asynchronously: reload until the form shows
      await eventually(
        async () => {
          await page.goto(link);
          return (
            (await page
              .locator('#form')
              .isVisible({ timeout: 2000 })
              .catch(() => false)) || undefined
          );
        },
        30_000,
        'the form to open',
      );
      await expect(page.locator('#meta').textContent()).resolves.toContain('UBND thành phố Bắc Kạn');
      await page.screenshot({ path: `${dir}01-phieu-khao-sat-dien-thoai.png`, fullPage: true });
      await page.locator('fieldset').first().locator('input[type=radio]').last().check();
      await page.locator('#send').click();
      await page.locator('#status', { hasText: 'Cảm ơn bạn đã trả lời phiếu khảo sát.' }).waitFor({ timeout: 10_000 });
      await page.screenshot({ path: `${dir}02-da-gui-phieu.png`, fullPage: true });
      await page.goto('about:blank');
      await page.goto(link);
      await page.locator('#status', { hasText: 'đã được trả lời' }).waitFor({ timeout: 10_000 });
      await page.screenshot({ path: `${dir}03-ma-da-dung.png`, fullPage: true });
    } finally {
      await browser.close();
    }
  }, 90_000);

  it('SIPAS: per factor the satisfaction rate and points, readable through the gateway', async () => {
    const yaml = demoFrameworkYaml('bac-kan')
      .replace('id: demo-district', 'id: demo-sipas')
      .replace(
        /- \{ code: "2\.1\.2".*\n/,
        '- { code: "2.1.2", name: Hài lòng về tiếp cận dịch vụ, max: 1, method: satisfaction, rule: { type: rate }, departments: [VPUB] }\n' +
          '          - { code: "2.1.3", name: Hài lòng về thủ tục hành chính, max: 1, method: satisfaction, rule: { type: rate }, departments: [VPUB] }\n',
      );
    expect(yaml).toContain('2.1.3');
    const fw = await gql(
      url,
      admin,
      `mutation($d: String!) { publishFramework(input: { definition: $d, format: "yaml", reason: "Thử SIPAS" }) { version } }`,
      { d: yaml },
    );
    expect(fw.errors).toBeUndefined();
    const cycle = {
      id: '2025-sipas',
      name: 'Kỳ thử SIPAS 2025',
      year: 2025,
      unitType: 'district',
      frameworkId: 'demo-sipas',
      frameworkVersion: 1,
    };
    expect((await gql(url, admin, `mutation($i: OpenCycleInput!) { openCycle(input: $i) { id } }`, { i: cycle })).errors).toBeUndefined();
    await eventually(
      async () =>
        (await gql<{ surveyCriteria: unknown[] }>(url, integrator, `{ surveyCriteria(cycleId: "2025-sipas") { code } }`)).data
          ?.surveyCriteria.length === 2,
      60_000,
      'surveys catalog to know the SIPAS cycle',
    );
    const definition = {
      ...DEFINITION,
      name: 'Khảo sát SIPAS 2025',
      questions: [
        { id: 's1', text: 'Tiếp cận dịch vụ thuận tiện?', code: '2.1.2', factor: 'access' },
        { id: 's2', text: 'Thủ tục đơn giản, dễ hiểu?', code: '2.1.3', factor: 'procedures' },
      ],
    };
    const created = await gql(url, admin, CREATE, {
      i: { campaignId: 'sipas-2025', cycleId: '2025-sipas', definition: JSON.stringify(definition) },
    });
    expect(created.errors).toBeUndefined();
    const rows = [
      ['sp-1', 'nguoi-dan', 'u1', 5, 5],
      ['sp-2', 'nguoi-dan', 'u1', 4, 5],
      ['sp-3', 'nguoi-dan', 'u1', 1, 4],
      ['sp-4', 'nguoi-dan', 'u2', 2, 2],
    ];
    const imported = await upload(url, admin, 'sipas.xlsx', await xlsx(rows, ['s1', 's2']), 'sipas-2025');
    expect(imported.data?.importSurveyResponses).toMatchObject({ imported: 4, problems: [] });
    expect((await gql(url, admin, `mutation { publishSurveyResults(campaignId: "sipas-2025") { resultVersion } }`)).errors).toBeUndefined();
    const r = await gql<{
      surveyResults: { units: { sipasFactors: { factor: string; labelVi: string; rate: number; points: number }[]; sipasIndex: number }[] };
    }>(
      url,
      integrator,
      `{ surveyResults(campaignId: "sipas-2025", unitId: "u1") { units { sipasFactors { factor labelVi rate points } sipasIndex } } }`,
    );
    const u1 = r.data!.surveyResults.units[0]!;
    expect(u1.sipasFactors).toEqual([
      { factor: 'access', labelVi: 'Tiếp cận dịch vụ', rate: 0.666667, points: 0.67 },
      { factor: 'procedures', labelVi: 'Thủ tục hành chính', rate: 1, points: 1 },
    ]);
    expect(u1.sipasIndex).toBeCloseTo(0.833333, 5);
  });
});
