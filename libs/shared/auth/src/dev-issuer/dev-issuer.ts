import { createServer, type Server } from 'node:http';
import { generateSigningKey, signDemoToken } from './demo-token';
import { serveRealms } from './realm-routes';
import type { DemoUser } from './demo-users';
import { createBrowserLogin } from './browser-login';

/**
 * DEV ONLY. A local token issuer for the embedded mode, shaped like Keycloak (realm per province,
 * password grant, client credentials for `par-integrator`, authorization code + PKCE for the console's public
 * client `par-console`, JWKS at the same paths) so that its tokens pass exactly the same verification code as
 * Keycloak's. It binds to 127.0.0.1, keeps its key in memory and knows only the demo users.
 */
export interface DevIssuer {
  readonly baseUrl: string;
  issuerFor(province: string): string;
  /** Signs a token for a demo user, as the token endpoint would. */
  tokenFor(province: string, username: string, opts?: { expiresInSeconds?: number; audience?: string }): Promise<string>;
  /**
   * Signs a token for a user of the caller's own making (e.g. the officer of each of 100 simulated communes in
   * `npm run demo:cycle`); not reachable over HTTP — the token endpoint knows only the demo users.
   */
  tokenForUser(province: string, user: DemoUser): Promise<string>;
  /** Signs a token for a demo client's service account, as the client credentials grant would. */
  clientTokenFor(province: string, clientId: string): Promise<string>;
  close(): Promise<void>;
}

export interface DevIssuerOptions {
  port: number;
  provinces: readonly string[];
  audience?: string;
  /** Redirect URIs of the console's public client `par-console` (authorization code + PKCE), e.g. its `/console/callback`. */
  consoleRedirectUris?: readonly string[];
}

export async function startDevIssuer(opts: DevIssuerOptions): Promise<DevIssuer> {
  const key = await generateSigningKey();
  const audience = opts.audience ?? 'par-api';
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const issuerFor = (p: string) => `${baseUrl}/realms/par-${p}`;
  const tokenFor: DevIssuer['tokenFor'] = (province, username, o = {}) =>
    signDemoToken(key, {
      issuer: issuerFor(province),
      audience: o.audience ?? audience,
      province,
      username,
      expiresInSeconds: o.expiresInSeconds ?? 300,
    });

  const tokenForUser: DevIssuer['tokenForUser'] = (province, user) =>
    signDemoToken(key, { issuer: issuerFor(province), audience, province, username: user.username, user, expiresInSeconds: 300 });
  const clientTokenFor: DevIssuer['clientTokenFor'] = (province, clientId) =>
    signDemoToken(key, { issuer: issuerFor(province), audience, province, username: '', clientId, expiresInSeconds: 300 });
  const browser = createBrowserLogin({
    provinces: opts.provinces,
    issuerFor,
    privateJwk: key.privateJwk,
    audience,
    consoleRedirectUris: opts.consoleRedirectUris ?? ['http://127.0.0.1:4000/console/callback'],
  });
  const server = createServer(serveRealms({ baseUrl, provinces: opts.provinces, tokenFor, clientTokenFor, browser }));
  await listenOnLoopback(server, opts.port);
  return { baseUrl, issuerFor, tokenFor, tokenForUser, clientTokenFor, close: () => closeServer(server) };
}

function listenOnLoopback(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

/** Stops at once: open keep-alive connections are dropped rather than waited for. */
function closeServer(server: Server): Promise<void> {
  return new Promise<void>((r) => {
    server.closeAllConnections();
    server.close(() => r());
  });
}
