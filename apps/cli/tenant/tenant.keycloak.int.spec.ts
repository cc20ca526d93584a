import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { createTokenVerifier } from '@par/auth';
import { createPostgresDatabase, listTenants, migrateTenantRegistry, pgUrlsFromEnv, readTenantIssuers, type Database } from '@par/database';
import { createInProcessBus } from '@par/messaging';
import { findService, startPlatform, type Platform } from '@par/platform';
import { runCli } from '../run-cli.testing';
import { deleteRealm, setRealmEnabled, type KeycloakAdmin } from './keycloak-tenants';

/*
 * The tenant lifecycle against the REAL Keycloak and PostgreSQL (eval "$(bash infra/local/env.sh)"; the local
 * bootstrap admin admin/admin): `par tenant create` a province with a random code → a password-grant token of its
 * first administrator → a query through a gateway whose issuer allow-list follows the registry succeeds →
 * `par tenant disable` → the same, still unexpired token gets 401 TENANT_DISABLED within the TTL → `enable` → the
 * token works again. The registry lives in a fresh database of this run; the realm is deleted at the end.
 */

const GATEWAY_PORT = 7040;
const PORT_OFFSET = 2300;
const TTL_MS = 1_000;
const KEYCLOAK_URL = process.env['PAR_KEYCLOAK_URL'] ?? 'http://127.0.0.1:58080';
const admin: KeycloakAdmin = { url: KEYCLOAK_URL, username: 'admin', password: 'admin' };

const code = `it-${randomBytes(4).toString('hex')}`;
const realm = `par-${code}`;
const adminPassword = `Pw-${randomBytes(9).toString('base64url')}`;

async function passwordToken(): Promise<Response> {
  return fetch(`${KEYCLOAK_URL}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'par-cli', username: 'admin', password: adminPassword }),
  });
}

async function query(token: string): Promise<{ status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
  const res = await fetch(`http://127.0.0.1:${GATEWAY_PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ cycles { id } }' }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

/** Polls `query(token)` until `done` holds; returns the answer and how long it took. */
async function until(token: string, done: (a: Awaited<ReturnType<typeof query>>) => boolean, limitMs: number) {
  const start = Date.now();
  for (;;) {
    const answer = await query(token);
    if (done(answer)) return { answer, ms: Date.now() - start };
    if (Date.now() - start > limitMs) throw new Error(`still ${answer.status} ${JSON.stringify(answer.body)} after ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('par tenant: Keycloak, the registry and the gateway (real Keycloak and PostgreSQL)', () => {
  const urls = pgUrlsFromEnv();
  const database = `par_tenant_${randomUUID().slice(0, 8)}`;
  const onDb = (u: string) => Object.assign(new URL(u), { pathname: `/${database}` }).toString();
  const savedEnv = { ...process.env };
  let adminPool: pg.Pool;
  const dbs: Database[] = [];
  let platform: Platform | undefined;
  let token = '';

  beforeAll(async () => {
    adminPool = new pg.Pool({ connectionString: urls.adminUrl, max: 1 });
    adminPool.on('error', () => undefined);
    await adminPool.query(`CREATE DATABASE ${database} OWNER par_owner`);
    // the CLI's PostgreSQL (withDatabase) and Keycloak admin come from the environment, as for an operator
    Object.assign(process.env, {
      PAR_PG_URL: onDb(urls.appUrl),
      PAR_PG_SYSTEM_URL: onDb(urls.systemUrl),
      PAR_PG_OWNER_URL: onDb(urls.ownerUrl),
      PAR_KEYCLOAK_URL: KEYCLOAK_URL,
      PAR_KEYCLOAK_ADMIN: admin.username,
      PAR_KEYCLOAK_ADMIN_PASSWORD: admin.password,
    });
    const open = async () => {
      const db = await createPostgresDatabase({
        appUrl: onDb(urls.appUrl),
        systemUrl: onDb(urls.systemUrl),
        ownerUrl: onDb(urls.ownerUrl),
        poolSize: 3,
      });
      dbs.push(db);
      return db;
    };
    const registry = await open();
    await migrateTenantRegistry(registry);
    platform = await startPlatform({
      dbFor: open,
      bus: createInProcessBus(),
      // no bootstrap issuers: only what the registry says is trusted
      verifier: createTokenVerifier({
        issuers: [],
        audience: 'par-api',
        tenants: { ttlMs: TTL_MS, read: () => readTenantIssuers(registry) },
      }),
      gatewayPort: GATEWAY_PORT,
      portOffset: PORT_OFFSET,
      services: [findService('frameworks')!],
      gateway: { rateLimits: { userPoints: 100_000, integratorPoints: 100_000 } },
    });
  });

  afterAll(async () => {
    const steps = [
      () => deleteRealm(admin, realm),
      async () => platform?.close(),
      ...dbs.map((db) => () => db.close()),
      () => adminPool.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
      () => adminPool.end(),
    ];
    for (const step of steps) await step().catch((e: unknown) => console.error('cleanup', e));
    process.env = savedEnv;
  });

  it('create registers the province: its first administrator gets a token the gateway accepts', async () => {
    const created = await runCli('tenant', 'create', '--code', code, '--name', 'Tỉnh Thử Nghiệm', '--admin-password', adminPassword);
    expect(created).toMatchObject({ code: 0, out: expect.stringContaining(`Đã tạo tỉnh ${code}`) });
    const row = (await listTenants(dbs[0]!)).find((t) => t.code === code);
    expect(row).toMatchObject({ displayName: 'Tỉnh Thử Nghiệm', issuer: `${KEYCLOAK_URL}/realms/${realm}`, status: 'active' });
    const res = await passwordToken();
    expect(res.status).toBe(200);
    token = ((await res.json()) as { access_token: string }).access_token;
    const { answer } = await until(token, (a) => a.status === 200, TTL_MS + 2_000);
    expect(answer.body).toEqual({ data: { cycles: [] } });
    const again = await runCli('tenant', 'create', '--code', code, '--name', 'Tỉnh Thử Nghiệm', '--admin-password', adminPassword);
    expect(again).toMatchObject({ code: 0, out: expect.stringContaining('đã có') });
    const list = await runCli('tenant', 'list');
    expect(list.code).toBe(0);
    expect(list.out).toMatch(new RegExp(`${code}.*Tỉnh Thử Nghiệm.*hoạt động.*hoạt động.*khớp`));
  });

  it('disable refuses the same unexpired token with 401 TENANT_DISABLED within the TTL, and Keycloak issues no new one', async () => {
    const disabled = await runCli('tenant', 'disable', '--code', code, '--reason', 'Kiểm thử tạm dừng');
    expect(disabled).toMatchObject({ code: 0, out: expect.stringContaining('Lý do: Kiểm thử tạm dừng') });
    const { answer, ms } = await until(token, (a) => a.status !== 200, TTL_MS + 2_000);
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'TENANT_DISABLED' });
    expect(ms).toBeLessThanOrEqual(TTL_MS + 500);
    expect((await passwordToken()).status).not.toBe(200);
    expect((await listTenants(dbs[0]!)).find((t) => t.code === code)).toMatchObject({ status: 'disabled', reason: 'Kiểm thử tạm dừng' });
  });

  it('list flags a realm switched back on behind the registry, and re-running disable repairs it', async () => {
    await setRealmEnabled(admin, realm, true);
    const flagged = await runCli('tenant', 'list');
    expect(flagged.code).toBe(1);
    expect(flagged.out).toMatch(new RegExp(`${code}.*hoạt động.*tạm dừng.*LỆCH`));
    expect((await runCli('tenant', 'disable', '--code', code)).code).toBe(0);
    const repaired = await runCli('tenant', 'list');
    expect(repaired.out).toMatch(new RegExp(`${code}.*tạm dừng.*tạm dừng.*khớp`));
    expect(repaired.code).toBe(0);
  });

  it('enable lets the same token through again', async () => {
    expect((await runCli('tenant', 'enable', '--code', code)).code).toBe(0);
    const { answer } = await until(token, (a) => a.status === 200, TTL_MS + 2_000);
    expect(answer.body).toEqual({ data: { cycles: [] } });
    expect((await passwordToken()).status).toBe(200);
  });

  it('an unknown province is refused with TENANT_NOT_FOUND (exit 2)', async () => {
    const r = await runCli('tenant', 'enable', '--code', `${code}-nope`);
    expect(r).toMatchObject({ code: 2, err: expect.stringContaining('TENANT_NOT_FOUND') });
  });
});
