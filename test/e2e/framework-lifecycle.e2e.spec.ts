/**
 * Framework lifecycle, cycles and uploads through the federated gateway (real PostgreSQL, Kafka, Keycloak):
 * an amendment is version 2 while the cycle pinned to version 1 keeps scoring with it; a published version is
 * immutable; cycle phases; a framework file uploaded as GraphQL multipart.
 */
import {
  assignAppraisersThroughGateway,
  demoFrameworkYaml,
  eventually,
  gql,
  seedDemoProvince,
  selfScoreAndSubmit,
  DEMO_CYCLE,
} from '@par/platform';
import { readFileSync } from 'node:fs';
import { keycloakToken, startTestStack, type TestStack } from '../support/stack';

const GATEWAY_PORT = 4850;
const PORT_OFFSET = 750;
const CYCLE = DEMO_CYCLE.id;
type Gql = Awaited<ReturnType<typeof gql>>;
const codeOf = (r: Gql) => r.errors?.[0]?.extensions?.['code'];

/** Version 2 of the demo framework: sub-criterion 1.1.2 worth 6 instead of 4 (total 12). */
const amendedYaml = (province: string) =>
  demoFrameworkYaml(province)
    .replace('totalMax: 10', 'totalMax: 12')
    .replace('version: "1"', 'version: "2"')
    .replace(/max: 6\n {4}criteria:/, 'max: 8\n    criteria:')
    .replace(/max: 6\n {8}subCriteria:/, 'max: 8\n        subCriteria:')
    .replace('name: Mức độ thực hiện kế hoạch CCHC, max: 4', 'name: Mức độ thực hiện kế hoạch CCHC, max: 6');

const VALIDATE_FILE = `mutation($file: Upload!) { validateFrameworkFile(file: $file) { fileName kind ok problems { path code line column } summary { frameworkId totalMaxPoints subCriteria decisionNumber } } }`;

async function upload(url: string, token: string, fileName: string, body: Uint8Array<ArrayBuffer> | string, query = VALIDATE_FILE) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([body]), fileName);
  const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, ...((await res.json()) as Omit<Gql, 'status'>) };
}

describe('framework lifecycle and cycles, through the gateway', () => {
  let stack: TestStack;
  let url: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startTestStack({ gatewayPort: GATEWAY_PORT, portOffset: PORT_OFFSET });
    url = stack.platform.gateway.url;
    for (const [key, user] of [
      ['admin', 'admin'],
      ['officer', 'officer.u1'],
      ['appraiser', 'appraiser'],
      ['integrator', 'integrator'],
    ] as const) {
      tokens[key] = await keycloakToken('bac-kan', user);
    }
    await seedDemoProvince(url, tokens['admin']!, 'bac-kan');
    await eventually(
      async () =>
        (await gql<{ ranking: unknown[] }>(url, tokens['appraiser']!, `{ ranking(cycleId: "${CYCLE}") { unitId } }`)).data?.ranking
          .length === 3,
      60_000,
      'ranking to know the demo units',
    );
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('refuses to change a published version, amends it into version 2 and shows the difference', async () => {
    const edit = await gql(
      url,
      tokens['admin']!,
      `mutation($d: String!) { saveFrameworkDraft(input: { definition: $d }) { latestVersion } }`,
      {
        d: amendedYaml('bac-kan'),
      },
    );
    expect(codeOf(edit)).toBe('FRAMEWORK_VERSION_PUBLISHED');

    const amend = await gql<{ amendFramework: { draft: { basedOnVersion: number; amendingDecision: { number: string } } } }>(
      url,
      tokens['admin']!,
      `mutation($d: String!) { amendFramework(input: { frameworkId: "demo-district", fromVersion: 1, decision: { number: "1778/QĐ-UBND", date: "2025-03-01" }, definition: $d }) { draft { basedOnVersion amendingDecision { number } } } }`,
      { d: amendedYaml('bac-kan') },
    );
    expect(amend.errors).toBeUndefined();
    expect(amend.data?.amendFramework.draft).toEqual({ basedOnVersion: 1, amendingDecision: { number: '1778/QĐ-UBND' } });

    const noDecision = await gql(
      url,
      tokens['admin']!,
      `mutation { publishFrameworkVersion(input: { frameworkId: "demo-district", decision: { number: "", date: "2025-03-01" } }) { version } }`,
    );
    expect(codeOf(noDecision)).toBe('FRAMEWORK_DECISION_REQUIRED');
    const published = await gql<{ publishFrameworkVersion: Record<string, unknown> }>(
      url,
      tokens['admin']!,
      `mutation { publishFrameworkVersion(input: { frameworkId: "demo-district", decision: { number: "1778/QĐ-UBND", date: "2025-03-01" }, validFrom: "2025-03-01", validTo: "2025" }) { version totalMaxPoints validFrom validTo decision { number date } amends { fromVersion decision { number } } } }`,
    );
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishFrameworkVersion).toEqual({
      version: 2,
      totalMaxPoints: 12,
      validFrom: '2025-03-01',
      validTo: '2025-12-31',
      decision: { number: '1778/QĐ-UBND', date: '2025-03-01' },
      amends: { fromVersion: 1, decision: { number: '1778/QĐ-UBND' } },
    });

    const list = await gql<{
      frameworks: {
        frameworkId: string;
        latestVersion: number;
        versions: { version: number; decision: { number: string } }[];
        draft: unknown;
      }[];
    }>(url, tokens['integrator']!, `{ frameworks { frameworkId latestVersion draft { name } versions { version decision { number } } } }`);
    expect(list.data?.frameworks).toEqual([
      {
        frameworkId: 'demo-district',
        latestVersion: 2,
        draft: null,
        versions: [
          { version: 1, decision: { number: '01/QĐ-DEMO' } },
          { version: 2, decision: { number: '1778/QĐ-UBND' } },
        ],
      },
    ]);

    const diff = await gql<{ frameworkDiff: { changes: { kind: string; code: string; change: string; fields: unknown[] }[] } }>(
      url,
      tokens['integrator']!,
      `{ frameworkDiff(frameworkId: "demo-district", fromVersion: 1, toVersion: 2) { changes { kind code change fields { field from to } } } }`,
    );
    expect(diff.data?.frameworkDiff.changes).toEqual(
      expect.arrayContaining([{ kind: 'sub-criterion', code: '1.1.2', change: 'changed', fields: [{ field: 'max', from: 4, to: 6 }] }]),
    );

    const tree = await eventually(
      async () => {
        const r = await gql<{
          framework: {
            components: { criteria: { subCriteria: Record<string, unknown>[] }[] }[];
            classificationBands: unknown[];
            rounding: unknown;
          } | null;
        }>(
          url,
          tokens['integrator']!,
          `{ framework(frameworkId: "demo-district", version: 2) { rounding { decimals at } classificationBands { code label min max } components { criteria { subCriteria { code maxPoints method departments rule { type parameters descriptionVi } applicability { mode } } } } } }`,
        );
        return r.data?.framework;
      },
      20_000,
      'version 2 in the catalog',
    );
    expect(tree.components[0]!.criteria[0]!.subCriteria[1]).toEqual({
      code: '1.1.2',
      maxPoints: 6,
      method: 'APPRAISED',
      departments: ['SNV'],
      rule: { type: 'manual', parameters: { step: 0.25 }, descriptionVi: 'Chấm từ 0 đến 6 điểm, theo bước 0,25.' },
      applicability: { mode: 'always' },
    });
    expect(tree.rounding).toEqual({ decimals: 2, at: 'leaf' });
    expect(tree.classificationBands[0]).toEqual({ code: 'good', label: 'Tốt', min: 80, max: null });
  });

  it('keeps the cycle pinned to version 1: it still scores out of 10 with 1.1.2 worth 4', async () => {
    const tooHigh = await gql(
      url,
      tokens['officer']!,
      `mutation { recordSelfScore(input: { cycleId: "${CYCLE}", unitId: "u1", subCriterionCode: "1.1.2", score: 5 }) { version } }`,
    );
    expect(codeOf(tooHigh)).toBe('SCORE_ABOVE_MAX');
    // appraisal starts once the unit submitted, by an assigned appraiser
    await selfScoreAndSubmit(url, tokens['officer']!, CYCLE, 'u1', { '1.1.1': 0, '1.1.2': 4, '2.1.1': 0 });
    await assignAppraisersThroughGateway(url, tokens['admin']!, [tokens['appraiser']!], CYCLE, ['u1']);
    const appraised = await gql(
      url,
      tokens['appraiser']!,
      `mutation { recordAppraisedScore(input: { cycleId: "${CYCLE}", unitId: "u1", subCriterionCode: "1.1.2", score: 4, reason: "Đạt toàn bộ kế hoạch" }) { version } }`,
    );
    expect(appraised.errors).toBeUndefined();
    const row = await eventually(
      async () => {
        const r = await gql<{ ranking: { unitId: string; total: number; maxPoints: number }[] }>(
          url,
          tokens['appraiser']!,
          `{ ranking(cycleId: "${CYCLE}") { unitId total maxPoints } }`,
        );
        return r.data?.ranking.find((x) => x.unitId === 'u1' && x.total === 4);
      },
      30_000,
      'ranking to include the appraised score',
    );
    expect(row.maxPoints).toBe(10);
  });

  it('checks the period of the framework and the phases of a cycle', async () => {
    const old = await gql(
      url,
      tokens['admin']!,
      `mutation { openCycle(input: { id: "1999-district", name: "Năm 1999", year: 1999, unitType: "district", frameworkId: "demo-district", frameworkVersion: 1 }) { id } }`,
    );
    expect(codeOf(old)).toBe('CYCLE_YEAR_OUTSIDE_FRAMEWORK_PERIOD');

    const phases = (second: string) => `[
      { phase: SELF_ASSESSMENT, startDate: "2025-01-01", deadline: "2025-06-30" },
      { phase: APPRAISAL, startDate: "${second}", deadline: "2025-12-31" }]`;
    const overlap = await gql(
      url,
      tokens['admin']!,
      `mutation { setCyclePhases(cycleId: "${CYCLE}", phases: ${phases('2025-06-30')}) { cycleId } }`,
    );
    expect(codeOf(overlap)).toBe('CYCLE_PHASES_OVERLAP');
    const byOfficer = await gql(
      url,
      tokens['officer']!,
      `mutation { setCyclePhases(cycleId: "${CYCLE}", phases: ${phases('2025-07-01')}) { cycleId } }`,
    );
    expect(codeOf(byOfficer)).toBe('FORBIDDEN');
    const set = await gql(
      url,
      tokens['admin']!,
      `mutation { setCyclePhases(cycleId: "${CYCLE}", phases: ${phases('2025-07-01')}) { phases { phase labelVi } } }`,
    );
    expect(set.errors).toBeUndefined();
    const advanced = await gql<{ advanceCyclePhase: { currentPhase: string } }>(
      url,
      tokens['admin']!,
      `mutation { advanceCyclePhase(cycleId: "${CYCLE}") { currentPhase } }`,
    );
    expect(advanced.data?.advanceCyclePhase.currentPhase).toBe('SELF_ASSESSMENT');

    const cycle = await eventually(
      async () => {
        const r = await gql<{
          cycle: {
            referenceDate: string;
            schedule: { phases: unknown[]; currentPhase: string };
            pinnedFramework: { version: number; totalMaxPoints: number };
            units: { id: string }[];
          };
        }>(
          url,
          tokens['integrator']!,
          `{ cycle(id: "${CYCLE}") { referenceDate schedule { phases { phase startDate deadline } currentPhase } pinnedFramework { version totalMaxPoints } units { id } } }`,
        );
        return r.data?.cycle.schedule.currentPhase ? r.data.cycle : undefined;
      },
      20_000,
      'the schedule in the catalog',
    );
    expect(cycle.schedule.phases).toHaveLength(2);
    expect(cycle.referenceDate).toBe('2025-01-01');
    expect(cycle.pinnedFramework).toEqual({ version: 1, totalMaxPoints: 10 });
    expect(cycle.units.map((u) => u.id)).toEqual(['u1', 'u2', 'u3']);
  });

  it('reads a framework file uploaded as GraphQL multipart: its summary, its problems by line, or UPLOAD_TOO_LARGE', async () => {
    const good = await upload(url, tokens['admin']!, 'khung.yaml', demoFrameworkYaml('bac-kan'));
    expect(good.errors).toBeUndefined();
    expect(good.data).toEqual({
      validateFrameworkFile: {
        fileName: 'khung.yaml',
        kind: 'yaml',
        ok: true,
        problems: [],
        summary: { frameworkId: 'demo-district', totalMaxPoints: 10, subCriteria: 4, decisionNumber: '01/QĐ-DEMO' },
      },
    });
    const bad = await upload(url, tokens['admin']!, 'khung.json', JSON.stringify({ schemaVersion: 1, id: 'x' }));
    expect((bad.data as { validateFrameworkFile: { ok: boolean; kind: string; problems: unknown[] } }).validateFrameworkFile).toMatchObject(
      {
        ok: false,
        kind: 'json',
        problems: expect.arrayContaining([expect.objectContaining({ code: expect.any(String), path: expect.any(String) })]),
      },
    );
    const big = await upload(url, tokens['admin']!, 'lon.yaml', `# ${'x'.repeat(3 * 1024 * 1024)}\nid: x\n`);
    expect(codeOf(big as Gql)).toBe('UPLOAD_TOO_LARGE');
    expect(big.errors?.[0]?.message).toContain('vượt quá dung lượng cho phép');
    const binary = await upload(url, tokens['admin']!, 'anh.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    expect(codeOf(binary as Gql)).toBe('FRAMEWORK_FILE_TYPE_UNSUPPORTED');
    const byOfficer = await upload(url, tokens['officer']!, 'khung.yaml', demoFrameworkYaml('bac-kan'));
    expect(codeOf(byOfficer as Gql)).toBe('FORBIDDEN');
  });

  it('imports the province annex (XLSX) as a framework draft; a broken annex saves nothing and names every problem', async () => {
    const annex = new Uint8Array(readFileSync(new URL('../../examples/frameworks/bac-kan-2023-district.annex.xlsx', import.meta.url)));
    const IMPORT = `mutation($file: Upload!) { importFrameworkFile(file: $file) { frameworkId } }`;
    const checked = await upload(url, tokens['admin']!, 'phu-luc.xlsx', annex);
    expect((checked.data as { validateFrameworkFile: unknown }).validateFrameworkFile).toMatchObject({
      kind: 'xlsx',
      ok: true,
      summary: { frameworkId: 'bac-kan-2023-district', totalMaxPoints: 100, decisionNumber: '1416/QĐ-UBND' },
    });
    const imported = await upload(url, tokens['admin']!, 'phu-luc.xlsx', annex, IMPORT);
    expect(imported.errors).toBeUndefined();
    expect(imported.data).toEqual({ importFrameworkFile: { frameworkId: 'bac-kan-2023-district' } });
    const draft = await gql<{ frameworkDraft: { components: unknown[] } | null }>(
      url,
      tokens['admin']!,
      `{ frameworkDraft(frameworkId: "bac-kan-2023-district") { components { code } } }`,
    );
    expect(draft.data?.frameworkDraft?.components).toHaveLength(7);
    const again = await upload(url, tokens['admin']!, 'phu-luc.xlsx', annex, IMPORT);
    expect(again.errors).toBeUndefined();
    const published = await gql<{ publishFrameworkVersion: { version: number; totalMaxPoints: number } }>(
      url,
      tokens['admin']!,
      `mutation { publishFrameworkVersion(input: { frameworkId: "bac-kan-2023-district", decision: { number: "1416/QĐ-UBND", date: "2023-08-07" } }) { version totalMaxPoints } }`,
    );
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishFrameworkVersion).toEqual({ version: 1, totalMaxPoints: 100 });
    const components = await eventually(
      async () =>
        (
          await gql<{ framework: { components: { code: string }[] } | null }>(
            url,
            tokens['admin']!,
            `{ framework(frameworkId: "bac-kan-2023-district", version: 1) { components { code } } }`,
          )
        ).data?.framework?.components,
      20_000,
      'the published annex in the catalog',
    );
    // the Bắc Kạn 2023 district framework: 7 components (its criteria are declared as counts, not itemised)
    expect(components.map((c) => c.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const unchanged = await upload(url, tokens['admin']!, 'phu-luc.xlsx', annex, IMPORT);
    expect(codeOf(unchanged as Gql)).toBe('FRAMEWORK_VERSION_PUBLISHED');
    const broken = await upload(url, tokens['admin']!, 'hong.xlsx', annex.slice(0, 2000), IMPORT);
    expect(codeOf(broken as Gql)).toBe('FRAMEWORK_INVALID');
  });
});
