import type { UserManagerSettings } from 'oidc-client-ts';

/** What the gateway tells the console at `/console/config.json` (gateway/src/console-site.ts). */
export interface ConsoleConfig {
  readonly clientId: string;
  readonly graphqlPath: string;
  readonly realms: readonly { readonly province: string; readonly issuer: string }[];
}

export const CONSOLE_BASE = '/console/';
export const CALLBACK_PATH = `${CONSOLE_BASE}callback`;

/**
 * The OpenID Connect settings for one province's realm: the authorization-code flow of a public client
 * (`response_type=code`, no secret; oidc-client-ts always sends a PKCE S256 challenge with it), redirect back
 * to `/console/callback` of the page's origin, tokens kept in the tab's session storage only, no silent renew
 * (an expired session sends the user back to the login page).
 */
export function oidcSettings(config: ConsoleConfig, province: string, origin: string): UserManagerSettings {
  const realm = config.realms.find((r) => r.province === province);
  if (!realm) throw new Error(`No realm for province ${province}`);
  return {
    authority: realm.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}${CONSOLE_BASE}`,
    response_type: 'code',
    scope: 'openid profile',
    loadUserInfo: false,
    automaticSilentRenew: false,
    monitorSession: false,
    includeIdTokenInSilentRenew: false,
  };
}

/** The console's view of a verified session, read from the access token's claims (display only: the gateway verifies). */
export interface Session {
  readonly province: string;
  readonly username: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly unitId?: string;
  /** Seconds since the epoch. */
  readonly expiresAt: number;
}

/** Reads the claims the platform uses (Keycloak's and the dev issuer's): province, realm roles, unit, names. */
export function sessionFromAccessToken(accessToken: string): Session {
  const part = accessToken.split('.')[1];
  if (!part) throw new Error('Access token is not a JWT');
  const json = new TextDecoder().decode(Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));
  const claims = JSON.parse(json) as Record<string, unknown>;
  const roles = (claims['realm_access'] as { roles?: unknown } | undefined)?.roles;
  const username = typeof claims['preferred_username'] === 'string' ? claims['preferred_username'] : String(claims['sub'] ?? '');
  return {
    province: String(claims['province'] ?? ''),
    username,
    name: typeof claims['name'] === 'string' ? claims['name'] : username,
    roles: Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [],
    ...(typeof claims['unit_id'] === 'string' && claims['unit_id'] && { unitId: claims['unit_id'] }),
    expiresAt: Number(claims['exp'] ?? 0),
  };
}
