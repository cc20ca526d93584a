import { demoFrameworkYaml, demoUnits, DEMO_CYCLE } from './demo-framework';
import { assignAppraisersThroughGateway } from './demo-appraisal';
import { bacKan2023FrameworkYaml, THAI_NGUYEN, THAI_NGUYEN_CYCLES, thaiNguyen2026FrameworkYaml, thaiNguyenUnitRows } from './thai-nguyen';

/** A minimal GraphQL-over-HTTP client for the platform's own tools and tests. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: res.status, ...body };
}

/**
 * Loads the demo province through the public GraphQL API, as its Department of Home Affairs would:
 * publish the framework, register three units, open the cycle and, given the demo appraiser's token, assign the
 * appraiser to the three units (appraisal is by assigned appraisers only). Idempotent: "already exists" is fine.
 */
export async function seedDemoProvince(
  gatewayUrl: string,
  adminToken: string,
  province: string,
  opts: { appraiserToken?: string } = {},
): Promise<void> {
  if (province === THAI_NGUYEN) return seedThaiNguyen(gatewayUrl, adminToken);
  const ok = (r: Awaited<ReturnType<typeof gql>>, allowed: string[]) => {
    const bad = (r.errors ?? []).filter((e) => !allowed.includes(String(e.extensions?.['code'])));
    if (bad.length) throw new Error(`seed failed: ${JSON.stringify(bad)}`);
  };
  const existing = await gql<{ framework: unknown }>(
    gatewayUrl,
    adminToken,
    `query { framework(frameworkId: "demo-district", version: 1) { version } }`,
  );
  if (!existing.data?.framework) {
    ok(
      await gql(
        gatewayUrl,
        adminToken,
        `mutation($d: String!) { publishFramework(input: { definition: $d, format: "yaml", reason: "Dữ liệu mẫu" }) { version } }`,
        {
          d: demoFrameworkYaml(province),
        },
      ),
      [],
    );
  }
  for (const u of demoUnits(province)) {
    ok(await gql(gatewayUrl, adminToken, `mutation($i: RegisterUnitInput!) { registerUnit(input: $i) { id } }`, { i: u }), ['UNIT_EXISTS']);
  }
  ok(await gql(gatewayUrl, adminToken, `mutation($i: OpenCycleInput!) { openCycle(input: $i) { id } }`, { i: DEMO_CYCLE }), [
    'CYCLE_EXISTS',
  ]);
  if (opts.appraiserToken) {
    const unitIds = demoUnits(province).map((u) => u.id);
    await assignAppraisersThroughGateway(
      gatewayUrl,
      adminToken,
      [opts.appraiserToken],
      DEMO_CYCLE.id,
      unitIds,
      'Tổ thẩm định (dữ liệu mẫu)',
    );
  }
}

type Gql = Awaited<ReturnType<typeof gql>>;
const failed = (r: Gql, allowed: string[] = []) => {
  const bad = (r.errors ?? []).filter((e) => !allowed.includes(String(e.extensions?.['code'])));
  if (bad.length) throw new Error(`seed failed: ${JSON.stringify(bad)}`);
};

/** Publishes a framework's version 1 unless it is there. */
async function publishOnce(url: string, token: string, id: string, yaml: string): Promise<void> {
  const existing = await gql<{ framework: unknown }>(
    url,
    token,
    `query($id: String!) { framework(frameworkId: $id, version: 1) { version } }`,
    { id },
  );
  if (existing.data?.framework) return;
  const q = `mutation($d: String!) { publishFramework(input: { definition: $d, format: "yaml", reason: "Dữ liệu mẫu" }) { version } }`;
  failed(await gql(url, token, q, { d: yaml }));
}

/**
 * The 2026 demo province (libs/platform/src/demo/thai-nguyen.ts): the unit list with its lineage through
 * `importUnits` (all or nothing, idempotent), the 2023 frameworks of the former Bắc Kạn and the 2026 commune
 * framework, and their cycles.
 */
async function seedThaiNguyen(url: string, token: string): Promise<void> {
  const imported = await gql<{ importUnits: { problems: unknown[] } }>(
    url,
    token,
    `mutation($rows: [UnitRowInput!]!) { importUnits(rows: $rows) { imported unchanged problems { row column code messageVi } } }`,
    { rows: thaiNguyenUnitRows() },
  );
  failed(imported);
  if (imported.data?.importUnits.problems.length) throw new Error(`seed failed: ${JSON.stringify(imported.data.importUnits.problems)}`);
  await publishOnce(url, token, 'bac-kan-2023-district', bacKan2023FrameworkYaml('district'));
  await publishOnce(url, token, 'bac-kan-2023-commune', bacKan2023FrameworkYaml('commune'));
  await publishOnce(url, token, 'thai-nguyen-2026-commune', thaiNguyen2026FrameworkYaml());
  for (const c of THAI_NGUYEN_CYCLES) {
    failed(await gql(url, token, `mutation($i: OpenCycleInput!) { openCycle(input: $i) { id } }`, { i: c }), ['CYCLE_EXISTS']);
  }
}

/** Polls until `check` returns a value (read models are eventually consistent). */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
