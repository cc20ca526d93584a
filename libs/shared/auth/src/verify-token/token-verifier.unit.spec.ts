import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { createTokenVerifier, parseTrustedIssuers } from '../index';

const ISS_A = 'http://127.0.0.1:1/realms/par-bac-kan';
const ISS_B = 'http://127.0.0.1:1/realms/par-cao-bang';

async function keys() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
  return { privateKey, jwks: createLocalJWKSet({ keys: [jwk] }) };
}

describe('token verifier', () => {
  let a: Awaited<ReturnType<typeof keys>>;
  let b: Awaited<ReturnType<typeof keys>>;
  beforeAll(async () => {
    a = await keys();
    b = await keys();
  });
  const verifier = () =>
    createTokenVerifier({
      issuers: parseTrustedIssuers(`${ISS_A},${ISS_B}`),
      audience: 'par-api',
      keyResolvers: new Map([
        [ISS_A, a.jwks],
        [ISS_B, b.jwks],
      ]),
    });
  const sign = (claims: Record<string, unknown>, o: { iss?: string; key?: CryptoKey; exp?: number; aud?: string } = {}) =>
    new SignJWT({ province: 'bac-kan', realm_access: { roles: ['appraiser', 'offline_access'] }, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(o.iss ?? ISS_A)
      .setAudience(o.aud ?? 'par-api')
      .setSubject('user-1')
      .setExpirationTime(o.exp ?? Math.floor(Date.now() / 1000) + 60)
      .sign(o.key ?? a.privateKey);

  it('accepts a valid token and derives province and roles from it', async () => {
    const p = await verifier().verify(`Bearer ${await sign({ name: 'Lê Văn Cường' })}`);
    expect(p.province).toBe('bac-kan');
    expect(p.actor).toEqual({ id: 'user-1', roles: ['appraiser'], name: 'Lê Văn Cường' });
  });
  it('rejects a missing token', async () => {
    await expect(verifier().verify(undefined)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
  it('rejects a malformed token', async () => {
    await expect(verifier().verify('Bearer abc.def')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
  it('rejects an expired token', async () => {
    const t = await sign({}, { exp: Math.floor(Date.now() / 1000) - 600 });
    await expect(verifier().verify(`Bearer ${t}`)).rejects.toMatchObject({ detail: 'Token expired' });
  });
  it('rejects an unknown issuer', async () => {
    const t = await sign({}, { iss: 'http://evil.example/realms/par-bac-kan' });
    await expect(verifier().verify(`Bearer ${t}`)).rejects.toMatchObject({ detail: expect.stringContaining('allow-list') });
  });
  it('rejects a token signed by another realm key', async () => {
    const t = await sign({}, { key: b.privateKey });
    await expect(verifier().verify(`Bearer ${t}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
  it('rejects a wrong audience', async () => {
    const t = await sign({}, { aud: 'other' });
    await expect(verifier().verify(`Bearer ${t}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
  it('reports an unreachable identity provider as unavailable, not as a bad token', async () => {
    const v = createTokenVerifier({ issuers: parseTrustedIssuers('http://127.0.0.1:9/realms/par-bac-kan'), audience: 'par-api' });
    const t = await sign({}, { iss: 'http://127.0.0.1:9/realms/par-bac-kan' });
    await expect(v.verify(`Bearer ${t}`)).rejects.toMatchObject({ code: 'AUTH_UNAVAILABLE' });
  });
  it('rejects a province claim that does not match the realm', async () => {
    const t = await sign({ province: 'cao-bang' });
    await expect(verifier().verify(`Bearer ${t}`)).rejects.toMatchObject({ detail: expect.stringContaining('does not match') });
  });
});
