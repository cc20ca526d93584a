/* The DEV ONLY issuer over HTTP on 127.0.0.1 (no shared server needed): Keycloak's paths, the password and client credentials grants, their errors. */
import { provinceId } from '@par/kernel';
import { createTokenVerifier } from '../verify-token/token-verifier';
import { startDevIssuer, type DevIssuer } from './dev-issuer';
import { DEMO_PASSWORD } from './demo-users';

const PROVINCES = ['bac-kan', 'cao-bang'] as const;
let issuer: DevIssuer;

beforeAll(async () => {
  issuer = await startDevIssuer({ port: 40_000 + Math.floor(Math.random() * 20_000), provinces: PROVINCES });
});
afterAll(() => issuer.close());

const tokenUrl = (province: string) => `${issuer.issuerFor(province)}/protocol/openid-connect/token`;
const grant = (province: string, form: Record<string, string>) =>
  fetch(tokenUrl(province), { method: 'POST', body: new URLSearchParams(form) });

describe('dev issuer', () => {
  it('publishes an OpenID configuration per province realm, like Keycloak', async () => {
    const res = await fetch(`${issuer.issuerFor('cao-bang')}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      issuer: `${issuer.baseUrl}/realms/par-cao-bang`,
      jwks_uri: `${issuer.baseUrl}/realms/par-cao-bang/protocol/openid-connect/certs`,
      token_endpoint: tokenUrl('cao-bang'),
      grant_types_supported: ['password', 'client_credentials'],
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

  it('refuses a wrong password, an unknown user and another grant type', async () => {
    const wrong = await grant('bac-kan', { grant_type: 'password', username: 'admin', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
    const unknown = await grant('bac-kan', { grant_type: 'password', username: 'nobody', password: DEMO_PASSWORD });
    expect(unknown.status).toBe(401);
    const other = await grant('bac-kan', { grant_type: 'authorization_code' });
    expect(other.status).toBe(400);
    expect(await other.json()).toEqual({ error: 'unsupported_grant_type' });
  });

  it('answers 404 for a realm of another province and for an unknown path', async () => {
    const realm = await fetch(`${issuer.baseUrl}/realms/par-ha-noi/.well-known/openid-configuration`);
    expect(realm.status).toBe(404);
    expect(await realm.json()).toEqual({ error: 'realm_not_found' });
    const path = await fetch(`${issuer.issuerFor('bac-kan')}/account`);
    expect(path.status).toBe(404);
    expect(await path.json()).toEqual({ error: 'not_found' });
  });

  it('signs tokens with a chosen audience and lifetime, and only for demo users', async () => {
    const token = await issuer.tokenFor('bac-kan', 'auditor', { audience: 'other', expiresInSeconds: 60 });
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ aud: 'other', iss: issuer.issuerFor('bac-kan'), sub: 'dev-bac-kan-auditor', province: 'bac-kan' });
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(60);
    await expect(issuer.tokenFor('bac-kan', 'nobody')).rejects.toThrow('Unknown demo user nobody');
  });
});
