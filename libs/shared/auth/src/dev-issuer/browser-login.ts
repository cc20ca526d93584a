import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { JWK } from 'jose';
import { demoClaims, demoSubject } from './demo-token';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { LOGIN_PAGE_CSP, loginPageHtml } from './login-page';
import { memoryAdapterFactory } from './memory-adapter';

/** DEV ONLY. What the browser flow needs from the issuer. */
export interface BrowserLoginOptions {
  readonly provinces: readonly string[];
  issuerFor(province: string): string;
  readonly privateJwk: JWK;
  readonly audience: string;
  /** Redirect URIs of the public client `par-console` (the console's `/console/callback` URLs). */
  readonly consoleRedirectUris: readonly string[];
}

/** DEV ONLY. Serves a realm's browser flow; `rest` is the path after `/realms/par-<province>`. */
export type BrowserLogin = (province: string, rest: string, req: IncomingMessage, res: ServerResponse) => Promise<void>;

const LOGIN_PATH = /^\/login\/([A-Za-z0-9_-]{1,64})$/;
const ACCESS_TOKEN_SECONDS = 300;
/** The resource indicator (an absolute URI, RFC 8707) standing for the API; its tokens' audience is `audience`. */
const API_RESOURCE = 'urn:par:api';

/**
 * DEV ONLY. The authorization-code flow with PKCE (S256, required) for the console, by `oidc-provider` (panva):
 * one provider per realm path (`/realms/par-<province>`), Keycloak's endpoint paths, the dev issuer's signing
 * key, access tokens as JWTs with Keycloak's claims (audience `par-api`, province, realm roles, unit), so
 * they pass the same `createTokenVerifier`. The login step is our Vietnamese page of demo users.
 */
export function createBrowserLogin(opts: BrowserLoginOptions): BrowserLogin {
  const providers = new Map(opts.provinces.map((p) => [p, createProvider(opts, p)]));
  return async (province, rest, req, res) => {
    const provider = providers.get(province);
    if (!provider) throw new Error(`no provider for ${province}`);
    const login = LOGIN_PATH.exec(rest);
    if (login) return loginStep(provider, province, req, res);
    const original = req.url ?? '/';
    (req as IncomingMessage & { originalUrl?: string }).originalUrl = original;
    req.url = rest + original.slice(original.indexOf('?') >= 0 ? original.indexOf('?') : original.length);
    await provider.callback()(req, res);
  };
}

function createProvider(opts: BrowserLoginOptions, province: string): Provider {
  const issuer = opts.issuerFor(province);
  const config: Configuration = {
    clients: [
      {
        client_id: 'par-console',
        client_name: 'PAR Index console',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [...opts.consoleRedirectUris],
      },
    ],
    adapter: memoryAdapterFactory(),
    jwks: { keys: [opts.privateJwk as never] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    routes: {
      authorization: '/protocol/openid-connect/auth',
      token: '/protocol/openid-connect/token',
      jwks: '/protocol/openid-connect/certs',
      userinfo: '/protocol/openid-connect/userinfo',
      end_session: '/protocol/openid-connect/logout',
    },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'province', 'unit_id'] },
    findAccount: (_ctx, sub) => findDemoAccount(province, sub),
    interactions: { url: (_ctx, interaction) => `${new URL(issuer).pathname}/login/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'openid profile',
          audience: opts.audience,
          accessTokenTTL: ACCESS_TOKEN_SECONDS,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    loadExistingGrant: (ctx) => grantFirstParty(ctx),
    extraTokenClaims: (_ctx, token) => {
      const username = DEMO_USERS.find(
        (u) => demoSubject(province, u.username) === ('accountId' in token ? token.accountId : undefined),
      )?.username;
      return username ? { ...demoClaims(province, username), azp: 'par-console', typ: 'Bearer' } : {};
    },
    ttl: {
      AccessToken: ACCESS_TOKEN_SECONDS,
      AuthorizationCode: 60,
      IdToken: ACCESS_TOKEN_SECONDS,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
  };
  const provider = new Provider(issuer, config);
  provider.proxy = false;
  return provider;
}

async function findDemoAccount(province: string, sub: string) {
  const user = DEMO_USERS.find((u) => demoSubject(province, u.username) === sub);
  if (!user) return undefined;
  return { accountId: sub, claims: () => ({ sub, ...demoClaims(province, user.username) }) };
}

/** The console is a first-party client: the grant (openid profile, par-api) is given without a consent page. */
async function grantFirstParty(ctx: KoaContextWithOIDC) {
  const { client, session, provider } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const existing = ctx.oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
  if (existing) return provider.Grant.find(existing);
  const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope('openid profile');
  grant.addOIDCClaims(['name', 'preferred_username', 'province', 'unit_id']);
  grant.addResourceScope(API_RESOURCE, 'openid profile');
  await grant.save();
  return grant;
}

/** GET shows the page of demo users; POST checks the demo password and finishes the login interaction. */
async function loginStep(provider: Provider, province: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // an unknown or expired interaction throws here (SessionNotFound), before anything is shown
  await provider.interactionDetails(req, res);
  const page = (status: number, error?: string, username?: string) => {
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': LOGIN_PAGE_CSP,
      'cache-control': 'no-store',
    });
    res.end(loginPageHtml({ realm: `par-${province}`, action: req.url ?? '', ...(error && { error }), ...(username && { username }) }));
  };
  if (req.method === 'GET') return page(200);
  if (req.method !== 'POST') return page(405);
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 4096) return page(413, 'Yêu cầu quá lớn.');
  }
  const form = new URLSearchParams(body);
  const username = form.get('username') ?? '';
  if (form.get('password') !== DEMO_PASSWORD || !DEMO_USERS.some((u) => u.username === username)) {
    return page(401, 'Tài khoản hoặc mật khẩu không đúng.', username);
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: demoSubject(province, username) } },
    { mergeWithLastSubmission: false },
  );
}
