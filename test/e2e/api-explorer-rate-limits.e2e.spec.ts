/**
 * The gateway as integrators meet it, in embedded mode (PGlite, in-process bus, dev token issuer): the API
 * explorer page (public when on, 404 when off; what it runs still needs a token and passes the limits) and the
 * rate limits (ADR 0024): a burst beyond one user's budget is refused with RATE_LIMITED, HTTP 429 and
 * Retry-After while another province's user is still served; the cost counts expensive fields; requests
 * without a valid token are limited per IP. And the integrators' guide (docs/integrators/README.md) as written:
 * its client-credentials token and every example query it shows.
 */
import { getIntrospectionQuery } from 'graphql';
import { createPgliteDatabase, type Database } from '@par/database';
import { createInProcessBus, type MessageBus } from '@par/messaging';
import { createTokenVerifier, startDevIssuer, type DevIssuer, type TokenVerifier } from '@par/auth';
import { startGateway, type RunningGateway } from '@par/gateway';
import {
  appraiseAndFinalize,
  assignAppraisersThroughGateway,
  DEMO_CYCLE,
  eventually,
  publishRankingThroughGateway,
  seedDemoProvince,
  selfScoreAndSubmit,
  startPlatform,
  vietnamToday,
  type Platform,
} from '@par/platform';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const ISSUER_PORT = 5480;
const PORT_OFFSET = 1370;
const run = promisify(execFile);
const PROVINCES = ['bac-kan', 'cao-bang'];
const USER_POINTS = 120;

async function post(url: string, token: string | null, query: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), ...body };
}

const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.['code'];

describe('API explorer and rate limits (embedded mode)', () => {
  let issuer: DevIssuer;
  let db: Database;
  let bus: MessageBus;
  let platform: Platform;
  let verifier: TokenVerifier;
  let url: string;

  beforeAll(async () => {
    issuer = await startDevIssuer({ port: ISSUER_PORT, provinces: PROVINCES });
    db = await createPgliteDatabase({});
    bus = createInProcessBus();
    verifier = createTokenVerifier({
      issuers: PROVINCES.map((p) => ({
        issuer: issuer.issuerFor(p),
        jwksUri: `${issuer.issuerFor(p)}/protocol/openid-connect/certs`,
        province: p as never,
      })),
      audience: 'par-api',
    });
    platform = await startPlatform({
      dbFor: async () => db,
      bus,
      verifier,
      gatewayPort: 0,
      portOffset: PORT_OFFSET,
      gateway: { rateLimits: { userPoints: USER_POINTS, integratorPoints: 400, anonymousPoints: 5, windowSeconds: 60 } },
    });
    url = platform.gateway.url;
    const admin = await issuer.tokenFor('bac-kan', 'admin');
    const appraiser = await issuer.tokenFor('bac-kan', 'appraiser');
    await seedDemoProvince(url, admin, 'bac-kan');
    // integrators read official rankings only: the demo cycle is submitted, appraised, final and published by decision
    const units = ['u1', 'u2', 'u3'];
    const scores = { '1.1.1': 2, '1.1.2': 3, '2.1.1': 2 };
    await assignAppraisersThroughGateway(url, admin, [appraiser], DEMO_CYCLE.id, units);
    for (const unitId of units) {
      await selfScoreAndSubmit(url, admin, DEMO_CYCLE.id, unitId, scores);
      await appraiseAndFinalize(url, appraiser, DEMO_CYCLE.id, unitId, scores);
    }
    await publishRankingThroughGateway(url, admin, DEMO_CYCLE.id, { number: '123/QĐ-UBND', date: vietnamToday() });
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
    await bus?.close();
    await db?.close();
    await issuer?.close();
  });

  describe("the integrators' guide", () => {
    const guide = () => readFile(fileURLToPath(new URL('../../docs/integrators/README.md', import.meta.url)), 'utf8');

    it('its client-credentials request gives a token the gateway serves the published ranking to', async () => {
      // the guide's curl, against the dev issuer instead of 127.0.0.1:4010
      const res = await fetch(`${issuer.issuerFor('bac-kan')}/protocol/openid-connect/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: 'par-integrator',
          client_secret: 'par-integrator-secret',
        }),
      });
      expect(res.status).toBe(200);
      const { access_token } = (await res.json()) as { access_token: string };
      const curl = /-d '(\{"query".*\})'/.exec(await guide())?.[1];
      expect(curl).toBeDefined();
      const ranking = await post(url, access_token, (JSON.parse(curl!) as { query: string }).query);
      expect(ranking.errors).toBeUndefined();
      const official = (ranking.data as { officialRanking: { version: { decisionNumber: string }; rows: unknown[] } }).officialRanking;
      expect(official.version.decisionNumber).toBe('123/QĐ-UBND');
      expect(official.rows).toHaveLength(3);
    });

    it('every example query runs with the token it names', async () => {
      const blocks = [...(await guide()).matchAll(/```graphql\n# token: (\w+)\n([\s\S]*?)```/g)];
      expect(blocks.length).toBeGreaterThanOrEqual(4);
      const integrator = await issuer.clientTokenFor('bac-kan', 'par-integrator');
      for (const [, role, query] of blocks) {
        const token = role === 'integrator' ? integrator : await issuer.tokenFor('bac-kan', role!);
        // the reporting and ranking services learn of the seeded cycle through the bus
        const r = await eventually(
          async () => {
            const res = await post(url, token, query!);
            return res.errors ? undefined : res;
          },
          30_000,
          `example query (${role}) to answer without errors`,
        ).catch(async () => post(url, token, query!));
        expect({ query, errors: r.errors }).toEqual({ query, errors: undefined });
      }
    });
  });

  describe('the typed integrator example (examples/integrator)', () => {
    it('prints the published ranking, read with a client-credentials token and operations typed from the API schema', async () => {
      const script = fileURLToPath(new URL('../../examples/integrator/src/published-ranking.ts', import.meta.url));
      const { stdout } = await run(process.execPath, [script, '--cycle', DEMO_CYCLE.id], {
        env: {
          ...process.env,
          PAR_GRAPHQL_URL: url,
          PAR_TOKEN_URL: `${issuer.issuerFor('bac-kan')}/protocol/openid-connect/token`,
          PAR_CLIENT_ID: 'par-integrator',
          PAR_CLIENT_SECRET: 'par-integrator-secret',
        },
      });
      expect(stdout).toContain('Quyết định số 123/QĐ-UBND');
      expect(stdout).toContain('phiên bản 1/1');
      const rows = stdout.split('\n').filter((l) => /^\s*\d+\s{2}/.test(l));
      expect(rows).toHaveLength(3);
    });

    it('says so for a cycle without a published ranking (exit 2) or an unknown one (exit 1, UNKNOWN_CYCLE)', async () => {
      const script = fileURLToPath(new URL('../../examples/integrator/src/published-ranking.ts', import.meta.url));
      const failed = await run(process.execPath, [script, '--cycle', 'khong-co'], {
        env: {
          ...process.env,
          PAR_GRAPHQL_URL: url,
          PAR_TOKEN_URL: `${issuer.issuerFor('bac-kan')}/protocol/openid-connect/token`,
          PAR_CLIENT_SECRET: 'par-integrator-secret',
        },
      }).catch((e: { code: number; stdout: string; stderr: string }) => e);
      expect(failed).toMatchObject({ code: expect.any(Number) });
      const { code: exit, stdout, stderr } = failed as { code: number; stdout: string; stderr: string };
      expect([1, 2]).toContain(exit);
      expect(`${stdout}${stderr}`).toMatch(exit === 2 ? /chưa có kết quả xếp hạng chính thức/ : /UNKNOWN_CYCLE/);
    });
  });

  describe('explorer', () => {
    it('serves the page to a browser without a token; its queries need one', async () => {
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      const html = await page.text();
      expect(html).toContain('PAR Index API explorer');
      expect(html).toContain('paste an access token');
      expect(html).toContain('officialRanking');
      // GraphiQL's assets are inlined from the installed package: nothing is loaded from a CDN
      expect(html).not.toMatch(/<script[^>]+src=["']https?:|<link[^>]+href=["']https?:/);
      const anonymous = await post(url, null, '{ frameworks { frameworkId } }');
      expect(anonymous.status).toBe(401);
      expect(code(anonymous)).toBe('UNAUTHENTICATED');
    });

    it("GraphiQL's introspection and the example query pass the limits with a token", async () => {
      const token = await issuer.tokenFor('bac-kan', 'integrator');
      const schema = await post(url, token, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
      expect(schema.errors).toBeUndefined();
      expect(JSON.stringify(schema.data)).toContain('"ranking"');
      const ranking = await post(url, token, '{ ranking(cycleId: "2025-district") { rank unitId total } }');
      expect(ranking.status).toBe(200);
    });

    it('is absent (404) when off, and PAR_API_EXPLORER is validated', async () => {
      const supergraphSdl = await readFile(fileURLToPath(new URL('../../gateway/supergraph.graphql', import.meta.url)), 'utf8');
      let off: RunningGateway | undefined;
      try {
        off = await startGateway({ port: 0, supergraphSdl, verifier, internalSecret: 'x'.repeat(32), explorer: false });
        const page = await fetch(off.url, { headers: { accept: 'text/html' } });
        expect(page.status).toBe(404);
        expect(await page.text()).not.toContain('GraphiQL');
      } finally {
        await off?.close();
      }
      const previous = process.env['PAR_API_EXPLORER'];
      process.env['PAR_API_EXPLORER'] = 'maybe';
      try {
        await expect(startGateway({ port: 0, supergraphSdl, verifier, internalSecret: 'x'.repeat(32) })).rejects.toThrow(
          'PAR_API_EXPLORER must be "on" or "off"',
        );
      } finally {
        if (previous === undefined) delete process.env['PAR_API_EXPLORER'];
        else process.env['PAR_API_EXPLORER'] = previous;
      }
    });
  });

  describe('rate limits', () => {
    it("a burst beyond one user's budget is refused (RATE_LIMITED, 429, Retry-After); another province's user is served", async () => {
      const burster = await issuer.tokenFor('bac-kan', 'officer.u2'); // a user no other test here charges
      const results = [];
      for (let batch = 0; batch < 7; batch++) {
        results.push(...(await Promise.all(Array.from({ length: 20 }, () => post(url, burster, '{ frameworks { frameworkId } }')))));
      }
      const served = results.filter((r) => r.status === 200 && !r.errors);
      const refused = results.filter((r) => code(r) === 'RATE_LIMITED');
      console.log(`[rate-limits] burst of ${results.length}: ${served.length} served, ${refused.length} refused`);
      expect(served).toHaveLength(USER_POINTS);
      expect(refused).toHaveLength(results.length - USER_POINTS);
      const r = refused[0]!;
      expect(r.status).toBe(429);
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
      expect(r.errors?.[0]?.message).toContain('Bạn đã gửi quá nhiều yêu cầu');
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfterSeconds: Number(r.retryAfter),
        detail: expect.stringContaining(`Rate limit of ${USER_POINTS} points`),
      });
      expect(JSON.stringify(r)).not.toContain('"http"');

      const other = await post(url, await issuer.tokenFor('cao-bang', 'auditor'), '{ frameworks { frameworkId } }');
      expect(other.status).toBe(200);
      expect(other.errors).toBeUndefined();
    });

    it('counts the weight of expensive fields: two heavy requests spend a budget 120 cost-1 requests would', async () => {
      const token = await issuer.tokenFor('cao-bang', 'appraiser');
      // 1 + 40 (verifyAuditTrail) + 10 + 10 (scoreHistory twice) = 61 points each
      const heavy =
        '{ verifyAuditTrail { ok } a: scoreHistory(cycleId: "2025-district", unitId: "cb-u1") { kind } b: scoreHistory(cycleId: "2025-district", unitId: "cb-u2") { kind } }';
      const first = await post(url, token, heavy);
      expect(code(first)).not.toBe('RATE_LIMITED');
      const second = await post(url, token, heavy);
      expect(second.status).toBe(429);
      expect(code(second)).toBe('RATE_LIMITED');
    });

    it('the integrator has a higher budget', async () => {
      const token = await issuer.tokenFor('cao-bang', 'integrator');
      const results = await Promise.all(Array.from({ length: USER_POINTS + 20 }, () => post(url, token, '{ frameworks { frameworkId } }')));
      expect(results.filter((r) => code(r) === 'RATE_LIMITED')).toHaveLength(0);
    });

    it('requests without a valid token are limited per IP', async () => {
      // (budget 5 per window; the explorer test above spent one)
      const results = [];
      for (let i = 0; i < 7; i++) results.push(await post(url, 'not-a-token', '{ frameworks { frameworkId } }'));
      const statuses = results.map((r) => r.status);
      expect(statuses[0]).toBe(401);
      expect(statuses.slice(-2)).toEqual([429, 429]);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
      expect(code(results[6]!)).toBe('RATE_LIMITED');
      expect(Number(results[6]!.retryAfter)).toBeGreaterThan(0);
      // a user with a valid token from the same address is still served
      const ok = await post(url, await issuer.tokenFor('bac-kan', 'appraiser'), '{ frameworks { frameworkId } }');
      expect(ok.status).toBe(200);
    });
  });
});
