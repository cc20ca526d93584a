import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JWK } from 'jose';
import { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/** DEV ONLY. What the issuer's HTTP routes need from it. */
export interface RealmRoutes {
  baseUrl: string;
  provinces: readonly string[];
  jwk: JWK;
  issuerFor(province: string): string;
  tokenFor(province: string, username: string): Promise<string>;
  clientTokenFor(province: string, clientId: string): Promise<string>;
}

type Reply = { status: number; body: unknown };
const REALM_PATH = /^\/realms\/par-([a-z][a-z0-9-]+)\/(.*)$/;

/**
 * DEV ONLY. Keycloak's paths for a realm per province (`/realms/par-<province>/…`): JWKS, OpenID
 * discovery and the password grant; an unknown realm or path gets 404, a failure 500.
 */
export function serveRealms(routes: RealmRoutes): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(routes, req)
      .then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(body));
      })
      .catch((e: unknown) => {
        res.writeHead(500);
        res.end(String(e));
      });
  };
}

async function route(routes: RealmRoutes, req: IncomingMessage): Promise<Reply> {
  const url = new URL(req.url ?? '/', routes.baseUrl);
  const m = REALM_PATH.exec(url.pathname);
  const province = m?.[1];
  if (!m || !province || !routes.provinces.includes(province)) return { status: 404, body: { error: 'realm_not_found' } };
  const rest = m[2];
  if (req.method === 'GET' && rest === 'protocol/openid-connect/certs') return { status: 200, body: { keys: [routes.jwk] } };
  if (req.method === 'GET' && rest === '.well-known/openid-configuration') {
    const issuer = routes.issuerFor(province);
    return {
      status: 200,
      body: {
        issuer,
        jwks_uri: `${issuer}/protocol/openid-connect/certs`,
        token_endpoint: `${issuer}/protocol/openid-connect/token`,
        grant_types_supported: ['password', 'client_credentials'],
      },
    };
  }
  if (req.method === 'POST' && rest === 'protocol/openid-connect/token') return tokenGrant(routes, province, req);
  return { status: 404, body: { error: 'not_found' } };
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

/**
 * The token endpoint: the password grant for the demo users with the demo password, and the client credentials
 * grant for the demo confidential clients (`par-integrator`) with their secret.
 */
async function tokenGrant(routes: RealmRoutes, province: string, req: IncomingMessage): Promise<Reply> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  const form = new URLSearchParams(body);
  if (form.get('grant_type') === 'client_credentials') {
    const { id, secret } = clientCredentials(req, form);
    if (!DEMO_CLIENTS.some((c) => c.clientId === id && c.secret === secret)) {
      return { status: 401, body: { error: 'unauthorized_client', error_description: 'Invalid client or Invalid client credentials' } };
    }
    const access_token = await routes.clientTokenFor(province, id);
    return { status: 200, body: { access_token, token_type: 'Bearer', expires_in: 300 } };
  }
  if (form.get('grant_type') !== 'password') return { status: 400, body: { error: 'unsupported_grant_type' } };
  const username = form.get('username') ?? '';
  if (form.get('password') !== DEMO_PASSWORD || !DEMO_USERS.some((u) => u.username === username)) {
    return { status: 401, body: { error: 'invalid_grant', error_description: 'Invalid user credentials' } };
  }
  const access_token = await routes.tokenFor(province, username);
  return { status: 200, body: { access_token, token_type: 'Bearer', expires_in: 300 } };
}
