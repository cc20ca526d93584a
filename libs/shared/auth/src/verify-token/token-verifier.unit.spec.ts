import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { createTokenVerifier, parseTrustedIssuers, type RegisteredIssuer } from '../index';

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

describe('token verifier following the tenant registry', () => {
  const ISS_C = 'http://127.0.0.1:1/realms/par-thai-nguyen';
  let a: Awaited<ReturnType<typeof keys>>;
  let c: Awaited<ReturnType<typeof keys>>;
  beforeAll(async () => {
    a = await keys();
    c = await keys();
  });
  /** A fake registry: rows the test changes, a clock it moves, and how often it was read. */
  function world(rows: RegisteredIssuer[], bootstrap = '') {
    const state = { rows, clock: 1_000, reads: 0, fail: false };
    const errors: unknown[] = [];
    const verifier = createTokenVerifier({
      issuers: parseTrustedIssuers(bootstrap),
      tenants: {
        ttlMs: 5_000,
        now: () => state.clock,
        onError: (e) => errors.push(e),
        read: async () => {
          state.reads++;
          if (state.fail) throw new Error('registry down');
          return state.rows.map((r) => ({ ...r }));
        },
      },
      audience: 'par-api',
      keyResolvers: new Map([
        [ISS_A, a.jwks],
        [ISS_C, c.jwks],
      ]),
    });
    return { state, errors, verifier };
  }
  const tokenOf = (iss: string, province: string, key: CryptoKey) =>
    new SignJWT({ province, realm_access: { roles: ['dha_admin'] } })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(iss)
      .setAudience('par-api')
      .setSubject('admin-1')
      .setExpirationTime(Math.floor(Date.now() / 1000) + 60)
      .sign(key);
  const bearerC = async () => `Bearer ${await tokenOf(ISS_C, 'thai-nguyen', c.privateKey)}`;
  const bearerA = async () => `Bearer ${await tokenOf(ISS_A, 'bac-kan', a.privateKey)}`;

  it('given an active tenant, when its token comes, then it is accepted with the tenant as province', async () => {
    const { verifier } = world([{ code: 'thai-nguyen', issuer: ISS_C, status: 'active' }]);
    await expect(verifier.verify(await bearerC())).resolves.toMatchObject({ province: 'thai-nguyen', issuer: ISS_C });
  });

  it('given a disabled tenant, when its genuine token comes, then it is refused with TENANT_DISABLED', async () => {
    const { verifier } = world([{ code: 'thai-nguyen', issuer: ISS_C, status: 'disabled' }]);
    const refused = verifier.verify(await bearerC());
    await expect(refused).rejects.toMatchObject({ code: 'TENANT_DISABLED', detail: expect.stringContaining('thai-nguyen') });
    await expect(refused).rejects.toMatchObject({ messageVi: expect.stringContaining('tạm dừng') });
  });

  it('given a disabled tenant, when a token forged for it comes, then the forgery is refused as such (status not told)', async () => {
    const { verifier } = world([{ code: 'thai-nguyen', issuer: ISS_C, status: 'disabled' }]);
    const forged = `Bearer ${await tokenOf(ISS_C, 'thai-nguyen', a.privateKey)}`;
    await expect(verifier.verify(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('given an issuer in neither list, when its token comes, then it is refused as not allow-listed', async () => {
    const { verifier } = world([{ code: 'thai-nguyen', issuer: ISS_C, status: 'active' }]);
    await expect(verifier.verify(await bearerA())).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: expect.stringContaining('allow-list'),
    });
  });

  it('given a tenant added after start, when the TTL has passed, then its token is accepted', async () => {
    const { state, verifier } = world([]);
    await expect(verifier.verify(await bearerC())).rejects.toMatchObject({ detail: expect.stringContaining('allow-list') });
    state.rows = [{ code: 'thai-nguyen', issuer: ISS_C, status: 'active' }];
    state.clock += 4_999;
    await expect(verifier.verify(await bearerC())).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    state.clock += 1;
    await expect(verifier.verify(await bearerC())).resolves.toMatchObject({ province: 'thai-nguyen' });
  });

  it('given an active tenant, when it is disabled, then its token is refused once the TTL has passed, and accepted again after enable', async () => {
    const { state, verifier } = world([{ code: 'thai-nguyen', issuer: ISS_C, status: 'active' }]);
    await verifier.verify(await bearerC());
    state.rows = [{ code: 'thai-nguyen', issuer: ISS_C, status: 'disabled' }];
    state.clock += 1_000;
    await expect(verifier.verify(await bearerC())).resolves.toMatchObject({ province: 'thai-nguyen' }); // within the TTL
    state.clock += 4_000;
    await expect(verifier.verify(await bearerC())).rejects.toMatchObject({ code: 'TENANT_DISABLED' });
    state.rows = [{ code: 'thai-nguyen', issuer: ISS_C, status: 'active' }];
    state.clock += 5_000;
    await expect(verifier.verify(await bearerC())).resolves.toMatchObject({ province: 'thai-nguyen' });
  });

  it('reads the registry once per TTL, shared by concurrent requests', async () => {
    const { state, verifier } = world([{ code: 'thai-nguyen', issuer: ISS_C, status: 'active' }]);
    const token = await bearerC();
    await Promise.all([verifier.verify(token), verifier.verify(token), verifier.verify(token)]);
    expect(state.reads).toBe(1);
    state.clock += 4_999;
    await verifier.verify(token);
    expect(state.reads).toBe(1);
    state.clock += 1;
    await verifier.verify(token);
    expect(state.reads).toBe(2);
  });

  it('given a bootstrap issuer the registry disables, then the registry wins; one it does not know stays trusted', async () => {
    const { verifier } = world([{ code: 'thai-nguyen', issuer: ISS_C, status: 'disabled' }], `${ISS_A},${ISS_C}`);
    await expect(verifier.verify(await bearerC())).rejects.toMatchObject({ code: 'TENANT_DISABLED' });
    await expect(verifier.verify(await bearerA())).resolves.toMatchObject({ province: 'bac-kan' });
  });

  it('given the registry cannot be read, then the last good list stays in use and the failure is reported', async () => {
    const { state, errors, verifier } = world([{ code: 'thai-nguyen', issuer: ISS_C, status: 'disabled' }], ISS_A);
    await expect(verifier.verify(await bearerC())).rejects.toMatchObject({ code: 'TENANT_DISABLED' });
    state.fail = true;
    state.clock += 5_000;
    await expect(verifier.verify(await bearerC())).rejects.toMatchObject({ code: 'TENANT_DISABLED' });
    expect(errors).toEqual([expect.objectContaining({ message: 'registry down' })]);
    await expect(verifier.verify(await bearerA())).resolves.toMatchObject({ province: 'bac-kan' });
  });

  it('given the registry was never readable, then only the bootstrap list is trusted', async () => {
    const { state, verifier } = world([{ code: 'thai-nguyen', issuer: ISS_C, status: 'active' }], ISS_A);
    state.fail = true;
    await expect(verifier.verify(await bearerC())).rejects.toMatchObject({ detail: expect.stringContaining('allow-list') });
    await expect(verifier.verify(await bearerA())).resolves.toMatchObject({ province: 'bac-kan' });
  });

  it('a registry row whose code does not match the token province does not let the token through', async () => {
    const { verifier } = world([{ code: 'cao-bang', issuer: ISS_C, status: 'active' }]);
    await expect(verifier.verify(await bearerC())).rejects.toMatchObject({ detail: expect.stringContaining('does not match') });
  });
});
