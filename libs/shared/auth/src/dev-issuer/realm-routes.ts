import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import type { BrowserLogin } from './browser-login';

/** DEV ONLY. What the issuer's HTTP routes need from it. */
export interface RealmRoutes {
  baseUrl: string;
  provinces: readonly string[];
  tokenFor(province: string, username: string): Promise<string>;
  /** A token for a demo confidential client's service account (client credentials grant). */
  clientTokenFor(province: string, clientId: string): Promise<string>;
  /** Everything but the password grant: discovery, JWKS, the authorization-code flow (oidc-provider). */
  browser: BrowserLogin;
}

type Reply = { status: number; body: unknown };
const REALM_PATH = /^\/realms\/par-([a-z][a-z0-9-]+)(\/.*)$/;
const TOKEN_PATH = '/protocol/openid-connect/token';
const MAX_FORM_BYTES = 16 * 1024;

/**
 * DEV ONLY. Keycloak's paths for a realm per province (`/realms/par-<province>/…`): the password grant the CLI
 * and tests use and the client credentials grant of `par-integrator` are answered here (Keycloak's answers and errors); every other request of the realm — OpenID
 * discovery, JWKS, the authorization endpoint, the code grant — goes to the realm's OpenID provider. An unknown
 * realm gets 404, a failure 500.
 */
export function serveRealms(routes: RealmRoutes): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(routes, req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(e instanceof Error ? e.name : 'error');
    });
  };
}

async function route(routes: RealmRoutes, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', routes.baseUrl);
  const m = REALM_PATH.exec(url.pathname);
  const province = m?.[1];
  const rest = m?.[2] ?? '/';
  if (!m || !province || !routes.provinces.includes(province)) return reply(res, { status: 404, body: { error: 'realm_not_found' } });
  if (req.method === 'POST' && rest === TOKEN_PATH) {
    const form = await readForm(req);
    if (!form) return reply(res, { status: 413, body: { error: 'invalid_request', error_description: 'Request too large' } });
    if (form.get('grant_type') === 'password') return reply(res, await passwordGrant(routes, province, form));
    if (form.get('grant_type') === 'client_credentials') return reply(res, await clientCredentialsGrant(routes, province, req, form));
    // the stream is consumed: oidc-provider reads an already parsed body from `req.body`
    (req as IncomingMessage & { body?: unknown }).body = Object.fromEntries(form);
  }
  await routes.browser(province, rest, req, res);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_FORM_BYTES) return undefined;
  }
  return new URLSearchParams(body);
}

function reply(res: ServerResponse, { status, body }: Reply): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** The token endpoint's password grant: only the demo users with the demo password. */
async function passwordGrant(routes: RealmRoutes, province: string, form: URLSearchParams): Promise<Reply> {
  const username = form.get('username') ?? '';
  if (form.get('password') !== DEMO_PASSWORD || !DEMO_USERS.some((u) => u.username === username)) {
    return { status: 401, body: { error: 'invalid_grant', error_description: 'Invalid user credentials' } };
  }
  const access_token = await routes.tokenFor(province, username);
  return { status: 200, body: { access_token, token_type: 'Bearer', expires_in: 300 } };
}

/** `client_id`/`client_secret` from the form or from HTTP Basic authentication (both as Keycloak accepts). */
function clientCredentials(req: IncomingMessage, form: URLSearchParams): { id: string; secret: string } {
  const basic = /^Basic\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
  if (basic) {
    const [id = '', secret = ''] = Buffer.from(basic, 'base64').toString('utf8').split(':');
    return { id: decodeURIComponent(id), secret: decodeURIComponent(secret) };
  }
  return { id: form.get('client_id') ?? '', secret: form.get('client_secret') ?? '' };
}

/** The token endpoint's client credentials grant: only the demo confidential clients (`par-integrator`) with their secret. */
async function clientCredentialsGrant(routes: RealmRoutes, province: string, req: IncomingMessage, form: URLSearchParams): Promise<Reply> {
  const { id, secret } = clientCredentials(req, form);
  if (!DEMO_CLIENTS.some((c) => c.clientId === id && c.secret === secret)) {
    return { status: 401, body: { error: 'unauthorized_client', error_description: 'Invalid client or Invalid client credentials' } };
  }
  const access_token = await routes.clientTokenFor(province, id);
  return { status: 200, body: { access_token, token_type: 'Bearer', expires_in: 300 } };
}
