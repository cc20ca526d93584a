import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/**
 * DEV ONLY. A local token issuer for the embedded mode, shaped like Keycloak (realm per province,
 * password grant, JWKS at the same paths) so that its tokens pass exactly the same verification code
 * as Keycloak's. It binds to 127.0.0.1, keeps its key in memory and knows only the demo users.
 */
export interface DevIssuer {
  readonly baseUrl: string;
  issuerFor(province: string): string;
  /** Signs a token for a demo user, as the token endpoint would. */
  tokenFor(province: string, username: string, opts?: { expiresInSeconds?: number; audience?: string }): Promise<string>;
  close(): Promise<void>;
}

export async function startDevIssuer(opts: { port: number; provinces: readonly string[]; audience?: string }): Promise<DevIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomUUID();
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const audience = opts.audience ?? 'par-api';
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const issuerFor = (p: string) => `${baseUrl}/realms/par-${p}`;

  const tokenFor: DevIssuer['tokenFor'] = async (province, username, o = {}) => {
    const user = DEMO_USERS.find((u) => u.username === username);
    if (!user) throw new Error(`Unknown demo user ${username}`);
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      province,
      preferred_username: user.username,
      name: user.name,
      realm_access: { roles: [...user.roles] },
      ...(user.unitId && { unit_id: user.unitId(province) }),
      azp: 'par-cli',
      typ: 'Bearer',
    })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(issuerFor(province))
      .setAudience(o.audience ?? audience)
      .setSubject(`dev-${province}-${user.username}`)
      .setJti(randomUUID())
      .setIssuedAt(now)
      .setExpirationTime(now + (o.expiresInSeconds ?? 300))
      .sign(privateKey);
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', baseUrl);
      const m = /^\/realms\/par-([a-z][a-z0-9-]+)\/(.*)$/.exec(url.pathname);
      const province = m?.[1];
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(body));
      };
      if (!m || !province || !opts.provinces.includes(province)) return send(404, { error: 'realm_not_found' });
      const rest = m[2];
      if (req.method === 'GET' && rest === 'protocol/openid-connect/certs') return send(200, { keys: [jwk] });
      if (req.method === 'GET' && rest === '.well-known/openid-configuration') {
        return send(200, {
          issuer: issuerFor(province),
          jwks_uri: `${issuerFor(province)}/protocol/openid-connect/certs`,
          token_endpoint: `${issuerFor(province)}/protocol/openid-connect/token`,
          grant_types_supported: ['password'],
        });
      }
      if (req.method === 'POST' && rest === 'protocol/openid-connect/token') {
        let body = '';
        for await (const chunk of req) body += String(chunk);
        const form = new URLSearchParams(body);
        if (form.get('grant_type') !== 'password') return send(400, { error: 'unsupported_grant_type' });
        const username = form.get('username') ?? '';
        if (form.get('password') !== DEMO_PASSWORD || !DEMO_USERS.some((u) => u.username === username)) {
          return send(401, { error: 'invalid_grant', error_description: 'Invalid user credentials' });
        }
        const access_token = await tokenFor(province, username);
        return send(200, { access_token, token_type: 'Bearer', expires_in: 300 });
      }
      return send(404, { error: 'not_found' });
    })().catch((e: unknown) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  return {
    baseUrl,
    issuerFor,
    tokenFor,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
