/**
 * Acceptance of issue #11 at scale, end to end through the gateway with Keycloak tokens and public operations only:
 * 100 communes registered with one `importUnits`, a framework with two survey-measured sub-criteria and the five
 * SIPAS factors published, a cycle opened; a campaign for the 100 units; 2,200 responses generated here with a
 * seeded pseudo-random generator, written as XLSX and imported in one multipart upload. The points per unit and
 * criterion, the SIPAS factor rates and points, and the ranking's change after publication are compared with an
 * independent computation over the generated rows (plain integer arithmetic here, not the surveys domain code).
 */
import ExcelJS from 'exceljs';
import { seededRandom } from '@par/kernel';
import { eventually, gql } from '@par/platform';
import { keycloakToken, startTestStack, type TestStack } from '../support/stack';

const GATEWAY_PORT = 5450;
const PORT_OFFSET = 1450;
const FRAMEWORK = 'scale-commune';
const CYCLE = '2025-scale-commune';
const CAMPAIGN = 'xhh-sipas-scale';
const UNITS = Array.from({ length: 100 }, (_, i) => ({ unitId: `xa-${String(i + 1).padStart(3, '0')}`, code: String(20001 + i) }));
const PER_UNIT = 22;

/** Two survey-measured sub-criteria (1.1.2, 1.1.3), one appraised (1.1.1), the five SIPAS factors (2.1.1–2.1.5). */
const FRAMEWORK_YAML = `
schemaVersion: 1
id: ${FRAMEWORK}
name: Bộ tiêu chí thử khảo sát cấp xã (100 đơn vị)
province: bac-kan
unitType: commune
period: { from: 2025, to: 2025 }
year: 2025
version: "1"
decision: { number: 07/QĐ-THU, date: "2025-02-01", issuer: UBND tỉnh (dữ liệu thử) }
totalMax: 10
rounding: { decimals: 2, mode: half-up, at: leaf }
departments:
  - { code: SNV, name: Sở Nội vụ }
classification:
  basis: index
  bands:
    - { class: good, label: Tốt, min: 80 }
    - { class: weak, label: Yếu, min: 0 }
components:
  - code: "1"
    name: "Công tác chỉ đạo, điều hành"
    max: 5
    criteria:
      - code: "1.1"
        name: Đánh giá của xã hội
        max: 5
        subCriteria:
          - { code: "1.1.1", name: Ban hành kế hoạch CCHC, max: 1, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV] }
          - { code: "1.1.2", name: Đánh giá của đại biểu và người dân về chỉ đạo, max: 2, method: survey, rule: { type: rate }, departments: [SNV] }
          - { code: "1.1.3", name: "Đánh giá về công khai, minh bạch", max: 2, method: survey, rule: { type: rate }, departments: [SNV] }
  - code: "2"
    name: Sự hài lòng của người dân (SIPAS)
    max: 5
    criteria:
      - code: "2.1"
        name: Chỉ số hài lòng về sự phục vụ hành chính
        max: 5
        subCriteria:
          - { code: "2.1.1", name: Tiếp cận dịch vụ, max: 1, method: satisfaction, rule: { type: rate }, departments: [SNV] }
          - { code: "2.1.2", name: Thủ tục hành chính, max: 1, method: satisfaction, rule: { type: rate }, departments: [SNV] }
          - { code: "2.1.3", name: Công chức giải quyết công việc, max: 1, method: satisfaction, rule: { type: rate }, departments: [SNV] }
          - { code: "2.1.4", name: Kết quả giải quyết công việc, max: 1, method: satisfaction, rule: { type: rate }, departments: [SNV] }
          - { code: "2.1.5", name: "Tiếp nhận, xử lý góp ý, phản ánh", max: 1, method: satisfaction, rule: { type: rate }, departments: [SNV] }
`;

/** Questions: XHH x1, x2 (optional) → 1.1.2, x3 → 1.1.3; SIPAS s1…s5 → 2.1.1…2.1.5 (s5 optional). */
const QUESTIONS = [
  { id: 'x1', text: 'Lãnh đạo xã chỉ đạo CCHC quyết liệt?', code: '1.1.2' },
  { id: 'x2', text: 'Kế hoạch CCHC được thực hiện đầy đủ?', code: '1.1.2', required: false },
  { id: 'x3', text: 'Thông tin được công khai, minh bạch?', code: '1.1.3' },
  { id: 's1', text: 'Tiếp cận dịch vụ thuận tiện?', code: '2.1.1', factor: 'access' },
  { id: 's2', text: 'Thủ tục đơn giản, dễ hiểu?', code: '2.1.2', factor: 'procedures' },
  { id: 's3', text: 'Công chức tận tình, đúng mực?', code: '2.1.3', factor: 'civil-servants' },
  { id: 's4', text: 'Kết quả đúng hạn, đúng quy định?', code: '2.1.4', factor: 'results' },
  { id: 's5', text: 'Góp ý, phản ánh được tiếp nhận, xử lý?', code: '2.1.5', factor: 'feedback', required: false },
] as const;
const MAX: Record<string, number> = { '1.1.2': 2, '1.1.3': 2, '2.1.1': 1, '2.1.2': 1, '2.1.3': 1, '2.1.4': 1, '2.1.5': 1 };
const FACTOR_OF: Record<string, string> = {
  '2.1.1': 'access',
  '2.1.2': 'procedures',
  '2.1.3': 'civil-servants',
  '2.1.4': 'results',
  '2.1.5': 'feedback',
};
const DEFINITION = {
  name: 'Điều tra XHH và SIPAS cấp xã năm 2025',
  scale: {
    levels: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'].map((label, i) => ({
      value: i + 1,
      label,
    })),
    positive: [4, 5],
  },
  groups: [
    { code: 'lanh-dao', name: 'Lãnh đạo, đại biểu', quotaPerUnit: 7 },
    { code: 'nguoi-dan', name: 'Người dân', quotaPerUnit: 15 },
  ],
  questions: QUESTIONS,
};

type Row = [respondent: string, group: string, unitId: string, ...answers: (number | '')[]];

/** 22 responses per unit (7 leaders, 15 citizens); each unit leans its own way so the rates spread. */
function generateRows(): Row[] {
  const rnd = seededRandom(20251102);
  const rows: Row[] = [];
  UNITS.forEach(({ unitId }, ui) => {
    const lean = (ui % 5) - 2; // −2 … +2
    const answer = () => Math.min(5, Math.max(1, 1 + Math.floor(rnd() * 5) + (rnd() < Math.abs(lean) / 3 ? Math.sign(lean) : 0)));
    for (let k = 0; k < PER_UNIT; k++) {
      const answers = QUESTIONS.map((q) => ('required' in q && rnd() < 0.3 ? ('' as const) : answer()));
      rows.push([`r-${unitId}-${String(k + 1).padStart(2, '0')}`, k < 7 ? 'lanh-dao' : 'nguoi-dan', unitId, ...answers]);
    }
  });
  return rows;
}

async function toXlsx(rows: Row[]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phiếu');
  ws.addRow(['Mã người trả lời', 'Nhóm', 'Mã đơn vị', ...QUESTIONS.map((q) => q.id)]);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface Expected {
  rate: number;
  /** Points in hundredths (2 decimals, half-up), computed in integers: no float rounding question. */
  cents: number;
  responses: number;
}

/**
 * Independent computation (pooled rate): per unit and node, answers 4 or 5 among the answers to the node's
 * questions; points = rate × max rounded half-up to 2 decimals, i.e. floor((200·pos·max + ans) / (2·ans)) cents.
 */
function expectedResults(rows: Row[]): Map<string, Map<string, Expected>> {
  const out = new Map<string, Map<string, Expected>>();
  for (const { unitId } of UNITS) {
    const mine = rows.filter((r) => r[2] === unitId);
    const perNode = new Map<string, Expected>();
    for (const code of Object.keys(MAX)) {
      const cols = QUESTIONS.flatMap((q, i) => (q.code === code ? [3 + i] : []));
      let pos = 0;
      let ans = 0;
      let responses = 0;
      for (const r of mine) {
        const vals = cols.map((c) => r[c]).filter((v): v is number => v !== '');
        if (vals.length) responses++;
        ans += vals.length;
        pos += vals.filter((v) => v >= 4).length;
      }
      const cents = ans === 0 ? 0 : Math.floor((200 * pos * MAX[code]! + ans) / (2 * ans));
      perNode.set(code, { rate: ans === 0 ? 0 : pos / ans, cents, responses });
    }
    out.set(unitId, perNode);
  }
  return out;
}

const IMPORT = `mutation($c: ID!, $file: Upload!) { importSurveyResponses(campaignId: $c, file: $file) { rows imported unchanged problems { sheet row column code messageVi } } }`;

async function upload(url: string, token: string, fileName: string, body: Uint8Array<ArrayBuffer>) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: IMPORT, variables: { c: CAMPAIGN, file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([body]), fileName);
  const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return (await res.json()) as {
    data?: { importSurveyResponses: { rows: number; imported: number; unchanged: number; problems: unknown[] } };
    errors?: unknown[];
  };
}

interface UnitResult {
  unitId: string;
  items: { code: string; factor: string | null; rate: number; points: number; responses: number; maxPoints: number }[];
  sipasFactors: { factor: string; code: string; rate: number; points: number }[];
  sipasIndex: number | null;
  totalPoints: number;
}

describe('surveys at scale: 100 units, 2,200 XLSX responses, independent computation, ranking after publication', () => {
  let stack: TestStack;
  let url: string;
  let admin: string;
  let integrator: string;
  const rows = generateRows();
  const expected = expectedResults(rows);
  const provisional = async () =>
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
  }, 120_000);

  afterAll(async () => stack?.close());

  it('registers 100 communes with one importUnits, publishes the framework and opens the cycle', async () => {
    const imported = await gql<{ importUnits: { imported: number; problems: unknown[] } }>(
      url,
      admin,
      `mutation($rows: [UnitRowInput!]!) { importUnits(rows: $rows) { imported unchanged problems { row column code messageVi } } }`,
      {
        rows: UNITS.map((u, i) => ({ row: i + 2, unitId: u.unitId, code: u.code, name: `UBND xã Thử Nghiệm ${i + 1}`, kind: 'Xã' })),
      },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importUnits.problems).toEqual([]);
    expect(imported.data?.importUnits.imported).toBeGreaterThanOrEqual(100);
    const publish = (d: string) =>
      gql(
        url,
        admin,
        `mutation($d: String!) { publishFramework(input: { definition: $d, format: "yaml", reason: "Thử khảo sát 100 đơn vị" }) { version } }`,
        { d },
      );
    // an unquoted comma in a flow mapping: the problems (JSON pointers, lines) reach the user, not a system error
    const broken = await publish(
      FRAMEWORK_YAML.replace('name: "Tiếp nhận, xử lý góp ý, phản ánh"', 'name: Tiếp nhận, xử lý góp ý, phản ánh'),
    );
    expect(broken.errors?.[0]?.extensions?.['code']).toBe('FRAMEWORK_INVALID');
    expect((broken.errors?.[0]?.extensions?.['meta'] as { problems: { path: string; code: string }[] }).problems).toEqual([
      expect.objectContaining({ path: '/components/1/criteria/0/subCriteria/4', code: 'SCHEMA_UNKNOWN_FIELD' }),
      expect.objectContaining({ path: '/components/1/criteria/0/subCriteria/4', code: 'SCHEMA_UNKNOWN_FIELD' }),
    ]);
    expect((await publish(FRAMEWORK_YAML)).errors).toBeUndefined();
    const cycle = {
      id: CYCLE,
      name: 'Kỳ thử khảo sát cấp xã 2025',
      year: 2025,
      unitType: 'commune',
      frameworkId: FRAMEWORK,
      frameworkVersion: 1,
    };
    expect((await gql(url, admin, `mutation($i: OpenCycleInput!) { openCycle(input: $i) { id } }`, { i: cycle })).errors).toBeUndefined();
    await eventually(
      async () =>
        (await gql<{ surveyCriteria: unknown[] }>(url, integrator, `{ surveyCriteria(cycleId: "${CYCLE}") { code } }`)).data?.surveyCriteria
          .length === 7,
      60_000,
      'surveys catalog to know the cycle',
    );
    await eventually(async () => (await provisional()).length === 100, 60_000, 'ranking to know the 100 units');
  }, 120_000);

  it('imports 2,200 responses from one XLSX upload; the progress shows every unit at its quota', async () => {
    const created = await gql<{ createSurveyCampaign: { campaignId: string; version: number } }>(
      url,
      admin,
      `mutation($i: CreateSurveyCampaignInput!) { createSurveyCampaign(input: $i) { campaignId version } }`,
      { i: { campaignId: CAMPAIGN, cycleId: CYCLE, definition: JSON.stringify(DEFINITION) } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createSurveyCampaign).toEqual({ campaignId: CAMPAIGN, version: 1 });
    expect(rows).toHaveLength(2200);
    const result = await upload(url, admin, 'phieu-100-xa.xlsx', await toXlsx(rows));
    expect(result.errors).toBeUndefined();
    expect(result.data?.importSurveyResponses).toEqual({ rows: 2200, imported: 2200, unchanged: 0, problems: [] });
    const progress = await gql<{
      surveyProgress: {
        responses: number;
        unitsBelowQuota: number;
        rows: { unitId: string; group: string; responses: number; quota: number }[];
      };
    }>(url, admin, `{ surveyProgress(campaignId: "${CAMPAIGN}") { responses unitsBelowQuota rows { unitId group responses quota } } }`);
    expect(progress.data?.surveyProgress.responses).toBe(2200);
    expect(progress.data?.surveyProgress.unitsBelowQuota).toBe(0);
    expect(progress.data?.surveyProgress.rows.map((r) => [r.unitId, r.group, r.responses, r.quota])).toEqual(
      UNITS.flatMap((u) => [
        [u.unitId, 'lanh-dao', 7, 7],
        [u.unitId, 'nguoi-dan', 15, 15],
      ]),
    );
  }, 60_000);

  it('publishes: points per unit and criterion and the SIPAS factors equal the independent computation; the ranking moves by exactly the survey points', async () => {
    const before = new Map((await provisional()).map((r) => [r.unitId, r.total]));
    expect(before.size).toBe(100);
    const published = await gql<{ publishSurveyResults: { resultVersion: number } }>(
      url,
      admin,
      `mutation { publishSurveyResults(campaignId: "${CAMPAIGN}") { resultVersion } }`,
    );
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishSurveyResults.resultVersion).toBe(1);

    const read = await gql<{ surveyResults: { resultVersion: number; units: UnitResult[] } }>(
      url,
      integrator,
      `{ surveyResults(campaignId: "${CAMPAIGN}") { resultVersion units { unitId items { code factor rate points responses maxPoints } sipasFactors { factor code rate points } sipasIndex totalPoints } } }`,
    );
    expect(read.errors).toBeUndefined();
    const units = read.data!.surveyResults.units;
    expect(units.map((u) => u.unitId)).toEqual(UNITS.map((u) => u.unitId));
    const surveyCents = new Map<string, number>();
    const mismatches: unknown[] = [];
    for (const u of units) {
      const exp = expected.get(u.unitId)!;
      expect(u.items.map((i) => i.code)).toEqual(Object.keys(MAX));
      for (const item of u.items) {
        const e = exp.get(item.code)!;
        const ok =
          Math.round(item.points * 100) === e.cents &&
          Math.abs(item.points - e.cents / 100) < 1e-9 &&
          Math.abs(item.rate - e.rate) <= 5e-7 + 1e-12 &&
          item.responses === e.responses &&
          item.maxPoints === MAX[item.code] &&
          item.factor === (FACTOR_OF[item.code] ?? null);
        if (!ok) mismatches.push({ unitId: u.unitId, got: item, expected: { ...e, points: e.cents / 100 } });
      }
      // SIPAS: each factor's rate and points, and the index (mean of the published factor rates)
      const factors = Object.keys(FACTOR_OF).map((code) => ({ code, factor: FACTOR_OF[code]!, e: exp.get(code)! }));
      expect(u.sipasFactors.map((f) => [f.factor, f.code])).toEqual(factors.map((f) => [f.factor, f.code]));
      u.sipasFactors.forEach((f, i) => {
        const e = factors[i]!.e;
        if (Math.abs(f.rate - e.rate) > 5e-7 + 1e-12 || Math.round(f.points * 100) !== e.cents) {
          mismatches.push({ unitId: u.unitId, sipas: f, expected: { rate: e.rate, points: e.cents / 100 } });
        }
      });
      expect(u.sipasIndex).toBeCloseTo(factors.reduce((s, f) => s + f.e.rate, 0) / factors.length, 5);
      const cents = [...exp.values()].reduce((s, e) => s + e.cents, 0);
      expect(Math.round(u.totalPoints * 100)).toBe(cents);
      surveyCents.set(u.unitId, cents);
    }
    expect(mismatches).toEqual([]);
    // the rates spread (not every unit alike) and some points are neither 0 nor the maximum
    expect(new Set(units.map((u) => u.totalPoints)).size).toBeGreaterThan(20);

    const after = await eventually(
      async () => {
        const r = await provisional();
        return r.length === 100 && r.every((x) => Math.round((x.total - before.get(x.unitId)!) * 100) === surveyCents.get(x.unitId))
          ? r
          : null;
      },
      60_000,
      'ranking to take the survey points of every unit',
    );
    for (const r of after) expect(Math.abs(r.total - before.get(r.unitId)! - surveyCents.get(r.unitId)! / 100)).toBeLessThan(1e-9);
  }, 90_000);
});
