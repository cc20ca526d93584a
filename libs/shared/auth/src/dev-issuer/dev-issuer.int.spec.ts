/* The DEV ONLY issuer over HTTP on 127.0.0.1 (no shared server needed): Keycloak's paths, the password grant, its errors. */
import { createHash, randomBytes } from 'node:crypto';
import { provinceId } from '@par/kernel';
import { createTokenVerifier } from '../verify-token/token-verifier';
import { startDevIssuer, type DevIssuer } from './dev-issuer';
import { DEMO_PASSWORD } from './demo-users';
import { isAllowed } from '../policies/policy';
import { MANAGE_REFERENCE_DATA, MANAGE_SURVEYS, READ_SURVEY_RESULTS } from '../policies/policies';

const PROVINCES = ['bac-kan', 'cao-bang'] as const;
const CALLBACK = 'http://127.0.0.1:4999/console/callback';
let issuer: DevIssuer;

beforeAll(async () => {
  issuer = await startDevIssuer({
    port: 40_000 + Math.floor(Math.random() * 20_000),
    provinces: PROVINCES,
    consoleRedirectUris: [CALLBACK],
  });
});
afterAll(() => issuer.close());

const tokenUrl = (province: string) => `${issuer.issuerFor(province)}/protocol/openid-connect/token`;
const grant = (province: string, form: Record<string, string>) =>
  fetch(tokenUrl(province), { method: 'POST', body: new URLSearchParams(form) });

describe('dev issuer', () => {
  it("publishes an OpenID configuration per province realm at Keycloak's paths, with PKCE S256", async () => {
    const res = await fetch(`${issuer.issuerFor('cao-bang')}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      issuer: `${issuer.baseUrl}/realms/par-cao-bang`,
      jwks_uri: `${issuer.baseUrl}/realms/par-cao-bang/protocol/openid-connect/certs`,
      token_endpoint: tokenUrl('cao-bang'),
      authorization_endpoint: `${issuer.baseUrl}/realms/par-cao-bang/protocol/openid-connect/auth`,
      code_challenge_methods_supported: ['S256'],
    });
  });

  it('issues, for the demo password, a token the shared verifier accepts with the province, roles and unit', async () => {
    const res = await grant('cao-bang', { grant_type: 'password', username: 'officer.u1', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300 });
    const verifier = createTokenVerifier({
      audience: 'par-api',
      issuers: PROVINCES.map((p) => ({
        issuer: issuer.issuerFor(p),
        jwksUri: `${issuer.issuerFor(p)}/protocol/openid-connect/certs`,
        province: provinceId(p),
      })),
    });
    const principal = await verifier.verify(`Bearer ${body.access_token}`);
    expect(principal.province).toBe('cao-bang');
    expect(principal.actor).toMatchObject({ roles: ['unit_officer'], unitId: 'cb-u1' });
  });

  it('issues the survey operator (role survey_operator, not yet in the running Keycloak) a token the verifier accepts; MANAGE_SURVEYS allows it', async () => {
    const res = await grant('bac-kan', { grant_type: 'password', username: 'survey.operator', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    const { access_token } = (await res.json()) as { access_token: string };
    const verifier = createTokenVerifier({
      audience: 'par-api',
      issuers: [
        {
          issuer: issuer.issuerFor('bac-kan'),
          jwksUri: `${issuer.issuerFor('bac-kan')}/protocol/openid-connect/certs`,
          province: provinceId('bac-kan'),
        },
      ],
    });
    const principal = await verifier.verify(`Bearer ${access_token}`);
    expect(principal.actor.roles).toEqual(['survey_operator']);
    expect(isAllowed(principal.actor, MANAGE_SURVEYS)).toBe(true);
    expect(isAllowed(principal.actor, READ_SURVEY_RESULTS)).toBe(true);
    expect(isAllowed(principal.actor, MANAGE_REFERENCE_DATA)).toBe(false);
    expect(isAllowed({ id: 'x', roles: ['unit_officer'], unitId: 'u1' }, MANAGE_SURVEYS)).toBe(false);
  });

  it("issues the ministry's demo user a token with the ministry role (official results only)", async () => {
    const res = await grant('bac-kan', { grant_type: 'password', username: 'ministry', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    const { access_token } = (await res.json()) as { access_token: string };
    const verifier = createTokenVerifier({
      audience: 'par-api',
      issuers: [
        {
          issuer: issuer.issuerFor('bac-kan'),
          jwksUri: `${issuer.issuerFor('bac-kan')}/protocol/openid-connect/certs`,
          province: provinceId('bac-kan'),
        },
      ],
    });
    expect((await verifier.verify(`Bearer ${access_token}`)).actor).toMatchObject({ roles: ['ministry'] });
  });

  it('refuses a wrong password, an unknown user and another grant type', async () => {
    const wrong = await grant('bac-kan', { grant_type: 'password', username: 'admin', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
    const unknown = await grant('bac-kan', { grant_type: 'password', username: 'nobody', password: DEMO_PASSWORD });
    expect(unknown.status).toBe(401);
    // the console is a public client: no client credentials grant
    const other = await grant('bac-kan', { grant_type: 'client_credentials', client_id: 'par-console' });
    expect(other.status).toBe(401);
    expect(await other.json()).toMatchObject({ error: 'unauthorized_client' });
  });

  it('issues par-integrator a token by client credentials (form or Basic), for the integrator service account', async () => {
    const verifier = createTokenVerifier({
      audience: 'par-api',
      issuers: [
        {
          issuer: issuer.issuerFor('bac-kan'),
          jwksUri: `${issuer.issuerFor('bac-kan')}/protocol/openid-connect/certs`,
          province: provinceId('bac-kan'),
        },
      ],
    });
    const form = await grant('bac-kan', {
      grant_type: 'client_credentials',
      client_id: 'par-integrator',
      client_secret: 'par-integrator-secret',
    });
    expect(form.status).toBe(200);
    const { access_token } = (await form.json()) as { access_token: string };
    const principal = await verifier.verify(`Bearer ${access_token}`);
    expect(principal.province).toBe('bac-kan');
    expect(principal.actor.roles).toEqual(['integrator']);
    expect(JSON.parse(Buffer.from(access_token.split('.')[1]!, 'base64url').toString())).toMatchObject({
      azp: 'par-integrator',
      preferred_username: 'service-account-par-integrator',
    });
    const basic = await fetch(tokenUrl('bac-kan'), {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('par-integrator:par-integrator-secret').toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    expect(basic.status).toBe(200);
    const wrong = await grant('bac-kan', { grant_type: 'client_credentials', client_id: 'par-integrator', client_secret: 'guess' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'unauthorized_client' });
    const cli = await grant('bac-kan', { grant_type: 'client_credentials', client_id: 'par-cli' });
    expect(cli.status).toBe(401);
  });

  it('answers 404 for a realm of another province and for an unknown path', async () => {
    const realm = await fetch(`${issuer.baseUrl}/realms/par-ha-noi/.well-known/openid-configuration`);
    expect(realm.status).toBe(404);
    expect(await realm.json()).toEqual({ error: 'realm_not_found' });
    const path = await fetch(`${issuer.issuerFor('bac-kan')}/account`);
    expect(path.status).toBe(404);
  });

  it('signs tokens with a chosen audience and lifetime, and only for demo users', async () => {
    const token = await issuer.tokenFor('bac-kan', 'auditor', { audience: 'other', expiresInSeconds: 60 });
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ aud: 'other', iss: issuer.issuerFor('bac-kan'), sub: 'dev-bac-kan-auditor', province: 'bac-kan' });
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(60);
    await expect(issuer.tokenFor('bac-kan', 'nobody')).rejects.toThrow('Unknown demo user nobody');
  });

  it('runs the authorization-code flow with PKCE for par-console: Vietnamese login page, a token the verifier accepts', async () => {
    const verifierCode = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifierCode).digest('base64url');
    const realm = issuer.issuerFor('bac-kan');
    const params = { client_id: 'par-console', response_type: 'code', scope: 'openid profile', redirect_uri: CALLBACK, state: 's1' };
    const noPkce = await fetch(`${realm}/protocol/openid-connect/auth?${new URLSearchParams(params)}`, { redirect: 'manual' });
    expect(new URL(noPkce.headers.get('location')!).searchParams.get('error')).toBe('invalid_request');
    const jar = new Map<string, string>();
    const go = async (url: string, init: RequestInit = {}) => {
      const res = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: { ...init.headers, cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const [k, v] = pair!.split('=') as [string, string];
        jar.set(k, v);
      }
      return res;
    };
    const start = await go(
      `${realm}/protocol/openid-connect/auth?${new URLSearchParams({ ...params, code_challenge: challenge, code_challenge_method: 'S256' })}`,
    );
    expect(start.status).toBe(303);
    const loginUrl = new URL(start.headers.get('location')!, realm).href;
    const page = await go(loginUrl);
    const html = await page.text();
    expect(html).toContain('Đăng nhập Chỉ số CCHC');
    expect(html).toContain('Nguyễn Văn An — officer.u1');
    const wrong = await go(loginUrl, { method: 'POST', body: new URLSearchParams({ username: 'officer.u1', password: 'x' }) });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('Tài khoản hoặc mật khẩu không đúng.');
    const done = await go(loginUrl, { method: 'POST', body: new URLSearchParams({ username: 'officer.u1', password: DEMO_PASSWORD }) });
    let next = done.headers.get('location')!;
    while (!next.startsWith(CALLBACK)) next = (await go(new URL(next, realm).href)).headers.get('location')!;
    const callback = new URL(next);
    expect(callback.searchParams.get('state')).toBe('s1');
    const code = callback.searchParams.get('code')!;
    const exchange = (code_verifier: string) =>
      grant('bac-kan', { grant_type: 'authorization_code', client_id: 'par-console', code, redirect_uri: CALLBACK, code_verifier });
    const bad = await exchange(randomBytes(32).toString('base64url'));
    expect(bad.status).toBe(400);
    const tokens = (await (await exchange(verifierCode)).json()) as { access_token?: string };
    expect(tokens.access_token).toBeDefined();
    const verifier = createTokenVerifier({
      audience: 'par-api',
      issuers: [{ issuer: realm, jwksUri: `${realm}/protocol/openid-connect/certs`, province: provinceId('bac-kan') }],
    });
    const principal = await verifier.verify(`Bearer ${tokens.access_token}`);
    expect(principal).toMatchObject({
      province: 'bac-kan',
      actor: { id: 'dev-bac-kan-officer.u1', roles: ['unit_officer'], unitId: 'u1', name: 'Nguyễn Văn An' },
    });
  });
});
