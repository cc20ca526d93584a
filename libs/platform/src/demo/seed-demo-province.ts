import { demoFrameworkYaml, demoUnits, DEMO_CYCLE } from './demo-framework';

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
 * publish the framework, register three units, open the cycle. Idempotent: "already exists" is fine.
 */
export async function seedDemoProvince(gatewayUrl: string, adminToken: string, province: string): Promise<void> {
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
