/*
 * Gateway benchmark on the real supergraph (issue #15): a typical integrator query — the published ranking of a
 * cycle (`officialRanking` with the cycle and unit names, so three subgraphs) — through our Hive gateway, through
 * @apollo/gateway on the same supergraph file, subgraph URLs and internal token header, and (ranking fields only)
 * straight to the ranking subgraph; warm-up, then requests at concurrency 1 and 8; p50/p95/p99 and req/s. Auth
 * overhead: jose verification of the Keycloak token alone, and our gateway with and without it. Then the services'
 * and gateway's memory (RSS, heap) at start, at peak and after the load and a write burst; with
 * BENCH_HEAP_SNAPSHOT=1, the biggest object groups of a heap snapshot of assessments, ranking and the gateway.
 * Real PostgreSQL, Kafka and Keycloak (infra/local/up.sh); a server not reachable skips the bench. Asserts nothing.
 * Run: npm run build && node dist/bench/gateway/gateway.bench.js
 * Env: BENCH_GATEWAY_REQUESTS (per case, 1000), BENCH_GATEWAY_WARMUP (200), BENCH_GATEWAY_WRITES (400),
 * BENCH_GATEWAY_PORT (7130; +1, +2 for the peers), BENCH_PORT_OFFSET (3200), BENCH_HEAP_SNAPSHOT (0).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { createTokenVerifier, INTERNAL_TOKEN_HEADER, parseTrustedIssuers, signInternalToken } from '@par/auth';
import { pgUrlsFromEnv } from '@par/database';
import { kafkaBrokersFromEnv } from '@par/messaging';
import { DEMO_CYCLE, demoUnits, eventually, gql, publishDemoCycle, seedDemoProvince } from '@par/platform';
import { isMain, mb, pct } from '../common';
import { summarizeHeapSnapshot } from './heap-summary';
import { load, summarizeRuns, type LoadRun, type Target } from './load';
import { startBenchStack, type BenchChild, type BenchStack } from './stack';
import type { ChildMemory } from './child-ipc';

const REQUESTS = Number(process.env['BENCH_GATEWAY_REQUESTS'] || 1000);
const WARMUP = Number(process.env['BENCH_GATEWAY_WARMUP'] || 200);
const WRITES = Number(process.env['BENCH_GATEWAY_WRITES'] || 400);
const PORT = Number(process.env['BENCH_GATEWAY_PORT'] || 7130);
const OFFSET = Number(process.env['BENCH_PORT_OFFSET'] || 3200);
const KEYCLOAK = process.env['PAR_KEYCLOAK_URL'] ?? 'http://127.0.0.1:58080';
const ISSUERS = process.env['PAR_ALLOWED_ISSUERS'] ?? `${KEYCLOAK}/realms/par-bac-kan,${KEYCLOAK}/realms/par-cao-bang`;
const CYCLE = DEMO_CYCLE.id;

const ROW_FIELDS = 'rank unitId total maxPoints indexPercent classLabel';
const VERSION_FIELDS = 'version kind decisionNumber decisionDate reason';
/** examples/integrator's OfficialRanking operation: ranking, plus the cycle and the units' names from frameworks. */
const INTEGRATOR_QUERY = `query OfficialRanking($cycleId: ID!) { officialRanking(cycleId: $cycleId) { latestVersion
  cycle { id name year } version { ${VERSION_FIELDS} } rows { ${ROW_FIELDS} unit { name } } } }`;
/** The ranking subgraph's own fields only: what can be sent to it directly. */
const RANKING_QUERY = `query OfficialRanking($cycleId: ID!) { officialRanking(cycleId: $cycleId) { latestVersion
  version { ${VERSION_FIELDS} } rows { ${ROW_FIELDS} } } }`;

function reachable(url: string): Promise<boolean> {
  const u = new URL(url.includes('://') ? url : `tcp://${url}`);
  return new Promise((resolve) => {
    const sock = net.connect({ host: u.hostname, port: Number(u.port || 80) });
    const done = (ok: boolean) => (sock.destroy(), resolve(ok));
    sock.setTimeout(1500, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

const tokens = new Map<string, { token: string; exp: number }>();
/** A Keycloak password-grant token of a demo user, refreshed a minute before it expires. */
async function token(province: string, username: string): Promise<string> {
  const hit = tokens.get(`${province}/${username}`);
  if (hit && hit.exp - 60 > Date.now() / 1000) return hit.token;
  const res = await fetch(`${KEYCLOAK}/realms/par-${province}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'par-cli', username, password: 'demo-password' }),
  });
  if (!res.ok) throw new Error(`Keycloak token for ${username}@${province}: ${res.status}`);
  const t = ((await res.json()) as { access_token: string }).access_token;
  const { exp } = JSON.parse(Buffer.from(t.split('.')[1]!, 'base64url').toString()) as { exp: number };
  tokens.set(`${province}/${username}`, { token: t, exp });
  return t;
}

/** The demo cycle of Bắc Kạn published (3 districts), and Cao Bằng's cycle open for the write burst. */
async function seed(url: string): Promise<void> {
  const admin = await token('bac-kan', 'admin');
  const appraiser = await token('bac-kan', 'appraiser');
  await seedDemoProvince(url, admin, 'bac-kan', { appraiserToken: appraiser });
  await eventually(
    async () =>
      (await gql<{ provisionalRanking: unknown[] }>(url, admin, `{ provisionalRanking(cycleId: "${CYCLE}") { unitId } }`)).data
        ?.provisionalRanking.length === 3,
    60_000,
    'the ranking to know the units',
  );
  const units = demoUnits('bac-kan').map((u) => u.id);
  await publishDemoCycle(url, 'bac-kan', CYCLE, units, { admin, appraiser, officers: {} });
  const integrator = await token('bac-kan', 'integrator');
  await eventually(
    async () => (await gql(url, integrator, RANKING_QUERY, { cycleId: CYCLE })).data?.['officialRanking'],
    30_000,
    'the official ranking',
  );
  await seedDemoProvince(url, await token('cao-bang', 'admin'), 'cao-bang');
}

interface Case {
  name: string;
  target: () => Target;
}

/** Warm-up of every case, then each case in two interleaved halves (a, b, c, c, b, a) to spread drift. */
async function measure(cases: Case[], concurrency: number): Promise<Map<string, LoadRun[]>> {
  for (const c of cases) await load(c.target, WARMUP, concurrency);
  const runs = new Map<string, LoadRun[]>(cases.map((c) => [c.name, []]));
  const half = Math.ceil(REQUESTS / 2);
  for (const c of [...cases, ...[...cases].reverse()]) runs.get(c.name)!.push(await load(c.target, half, concurrency));
  return runs;
}

async function gatewayTable(stack: BenchStack, integrator: string): Promise<void> {
  const body = (query: string) => JSON.stringify({ query, variables: { cycleId: CYCLE } });
  const viaGateway = (port: number, query: string) => () => ({
    url: `http://127.0.0.1:${port}/graphql`,
    headers: { authorization: `Bearer ${integrator}` },
    body: body(query),
  });
  const { province, actor } = await createTokenVerifier({ issuers: parseTrustedIssuers(ISSUERS), audience: 'par-api' }).verify(
    `Bearer ${integrator}`,
  );
  // the subgraph checks the internal token's expiry (60 s): a fresh one every 20 s
  let internal = { token: '', at: 0 };
  const internalToken = () => {
    if (Date.now() - internal.at > 20_000)
      void signInternalToken({ province, actor, correlationId: 'bench' }, stack.secret).then(
        (t) => (internal = { token: t, at: Date.now() }),
      );
    return internal.token;
  };
  internal = { token: await signInternalToken({ province, actor, correlationId: 'bench' }, stack.secret), at: Date.now() };
  const direct = () => ({
    url: stack.subgraphUrl('ranking'),
    headers: { [INTERNAL_TOKEN_HEADER]: internalToken() },
    body: body(RANKING_QUERY),
  });
  for (const [label, query] of [
    ['integrator query (ranking + cycle + unit names: 3 subgraphs)', INTEGRATOR_QUERY],
    ['ranking fields only (1 subgraph)', RANKING_QUERY],
  ] as const) {
    console.log(`\n== ${label}; ${REQUESTS} requests per case after ${WARMUP} warm-up ==`);
    console.log('conc | case                      |  req/s |  p50 ms |  p95 ms |  p99 ms | req/s ÷ Hive');
    const cases: Case[] = [
      { name: 'Hive gateway (ours)', target: viaGateway(PORT, query) },
      { name: '@apollo/gateway', target: viaGateway(PORT + 2, query) },
      { name: 'Hive, token verified once', target: viaGateway(PORT + 1, query) },
      ...(query === RANKING_QUERY ? [{ name: 'ranking subgraph direct', target: direct }] : []),
    ];
    for (const concurrency of [1, 8]) {
      const runs = await measure(cases, concurrency);
      const hive = summarizeRuns(runs.get(cases[0]!.name)!);
      for (const c of cases) {
        const r = summarizeRuns(runs.get(c.name)!);
        const f = (x: number) => x.toFixed(2).padStart(7);
        console.log(
          `${String(concurrency).padStart(4)} | ${c.name.padEnd(25)} | ${r.reqPerSec.toFixed(0).padStart(6)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${(r.reqPerSec / hive.reqPerSec).toFixed(2)}`,
        );
      }
      const apollo = summarizeRuns(runs.get('@apollo/gateway')!);
      const once = summarizeRuns(runs.get('Hive, token verified once')!);
      console.log(
        `     Hive ÷ @apollo/gateway req/s: ${(hive.reqPerSec / apollo.reqPerSec).toFixed(2)} (goal >= 2.5); p50 with − without verification: ${(hive.p50 - once.p50).toFixed(3)} ms`,
      );
    }
  }
}

/** jose verification of one Keycloak token and the internal token's signature, each alone, µs per call. */
async function authAlone(integrator: string): Promise<void> {
  const verifier = createTokenVerifier({ issuers: parseTrustedIssuers(ISSUERS), audience: 'par-api' });
  const header = `Bearer ${integrator}`;
  const p = await verifier.verify(header);
  const time = async (n: number, fn: () => Promise<unknown>) => {
    for (let i = 0; i < 200; i++) await fn();
    const lat: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      await fn();
      lat.push((performance.now() - s) * 1000);
    }
    return `mean ${(lat.reduce((a, b) => a + b, 0) / n).toFixed(0)} µs, p50 ${pct(lat, 50).toFixed(0)} µs, p99 ${pct(lat, 99).toFixed(0)} µs`;
  };
  console.log(`\n== auth alone (this process, 2,000 calls each) ==`);
  console.log(`Keycloak token verification (RS256, JWKS cached): ${await time(2000, () => verifier.verify(header))} (goal < 1 ms)`);
  console.log(
    `internal token signature (HS256, once per subgraph fetch): ${await time(2000, () => signInternalToken({ province: p.province, actor: p.actor, correlationId: 'c' }, 'x'.repeat(64)))}`,
  );
}

/** WRITES self scores of Cao Bằng's units through the gateway at concurrency 8: events, Kafka, projections. */
async function writeBurst(url: string): Promise<number> {
  const admin = await token('cao-bang', 'admin');
  const units = demoUnits('cao-bang').map((u) => u.id);
  const codes = ['1.1.1', '1.1.2'];
  let i = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (i < WRITES) {
        const n = i++;
        const r = await gql(url, admin, `mutation($i: RecordSelfScoreInput!) { recordSelfScore(input: $i) { version } }`, {
          i: { cycleId: CYCLE, unitId: units[n % 3], subCriterionCode: codes[n % 2], score: (n % 5) * 0.25, note: `Lần ${n}` },
        });
        if (r.errors) throw new Error(`recordSelfScore: ${JSON.stringify(r.errors)}`);
      }
    }),
  );
  return WRITES / ((performance.now() - t0) / 1000);
}

const memCell = (m: ChildMemory) => `${mb(m.rss).padStart(6)} / ${mb(m.heapUsed).padStart(6)}`;

async function memoryTable(children: BenchChild[], atStart: Map<string, ChildMemory>): Promise<void> {
  await new Promise((r) => setTimeout(r, 3000));
  const end = new Map(await Promise.all(children.map(async (c) => [c.name, await c.memory()] as const)));
  const gc = new Map(await Promise.all(children.map(async (c) => [c.name, await c.gcMemory()] as const)));
  console.log('\n== memory per process: RSS / heap used (start = ready; peak = max RSS of its life; end = 3 s after the load) ==');
  console.log('process             | start RSS / heap | peak RSS | end RSS / heap | after GC RSS / heap | end external / arrayBuffers');
  for (const c of children) {
    const [s, e, g] = [atStart.get(c.name)!, end.get(c.name)!, gc.get(c.name)!];
    console.log(
      `${c.name.padEnd(19)} | ${memCell(s)}  | ${mb(e.maxRss).padStart(8)} | ${memCell(e)}  | ${memCell(g)}       | ${mb(e.external)} / ${mb(e.arrayBuffers)}`,
    );
  }
}

async function heapSnapshots(children: BenchChild[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'par-heap-'));
  for (const c of children.filter((c) => ['assessments', 'ranking', 'gateway:hive'].includes(c.name))) {
    const path = await c.snapshot(join(dir, `${c.name.replace(':', '-')}.heapsnapshot`));
    const { total, groups } = summarizeHeapSnapshot(path);
    console.log(`\n== heap snapshot of ${c.name} (${path}): ${mb(total)} in objects; biggest groups by self size ==`);
    for (const g of groups) console.log(`${mb(g.selfBytes).padStart(7)}  ${String(g.count).padStart(8)} × ${g.name.slice(0, 90)}`);
  }
}

export async function runGatewayBench(): Promise<void> {
  const pg = pgUrlsFromEnv().appUrl;
  const up = await Promise.all([reachable(pg), reachable(kafkaBrokersFromEnv()[0] ?? '127.0.0.1:59092'), reachable(KEYCLOAK)]);
  if (up.includes(false)) {
    console.log(
      `Skipped: gateway benchmark (PostgreSQL ${up[0] ? 'up' : 'down'}, Kafka ${up[1] ? 'up' : 'down'}, Keycloak ${up[2] ? 'up' : 'down'}; start them with infra/local/up.sh)`,
    );
    return;
  }
  const t0 = performance.now();
  const stack = await startBenchStack(OFFSET);
  try {
    const gateways = [
      await stack.startGateway('hive', PORT),
      await stack.startGateway('hive-noauth', PORT + 1),
      await stack.startGateway('apollo', PORT + 2),
    ];
    const children = [...stack.services, ...gateways];
    const atStart = new Map(await Promise.all(children.map(async (c) => [c.name, await c.memory()] as const)));
    console.log(
      `stack up in ${((performance.now() - t0) / 1000).toFixed(0)} s (database ${stack.database}, 5 services + 3 gateways, each its own process)`,
    );
    const url = `http://127.0.0.1:${PORT}/graphql`;
    await seed(url);
    await gatewayTable(stack, await token('bac-kan', 'integrator'));
    await authAlone(await token('bac-kan', 'integrator'));
    console.log(
      `\nwrite burst: ${WRITES} recordSelfScore through the gateway at concurrency 8: ${(await writeBurst(url)).toFixed(0)} req/s`,
    );
    await memoryTable(children, atStart);
    if (process.env['BENCH_HEAP_SNAPSHOT'] === '1') await heapSnapshots(children);
  } finally {
    await stack.close();
  }
}

if (isMain(import.meta.url)) {
  try {
    await runGatewayBench();
  } catch (e) {
    console.error(e);
    process.exitCode = 1;
  }
}
