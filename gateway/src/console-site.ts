import type { StaticSite } from './static-files';

/** A province realm the console may log in to (one per province; the province comes from the token). */
export interface ConsoleRealm {
  readonly province: string;
  /** The realm's issuer URL, e.g. http://127.0.0.1:58080/realms/par-bac-kan */
  readonly issuer: string;
}

/** What the console reads at start (`/console/config.json`): where to log in, with which public client. */
export interface ConsoleConfig {
  readonly clientId: string;
  readonly graphqlPath: string;
  readonly realms: readonly ConsoleRealm[];
}

export const CONSOLE_PREFIX = '/console/';
export const CONSOLE_CLIENT_ID = 'par-console';

/**
 * The web console (apps/console, built by Vite into `dist/console`) as a site of the gateway's HTTP server:
 * its files, the single-page fallback, its configuration, and a Content-Security-Policy allowing scripts from
 * the gateway only and network calls to the gateway and the realms' issuers (discovery, token endpoint).
 */
export function consoleSite(opts: { dir: string; realms: readonly ConsoleRealm[]; clientId?: string }): StaticSite {
  const config: ConsoleConfig = { clientId: opts.clientId ?? CONSOLE_CLIENT_ID, graphqlPath: '/graphql', realms: opts.realms };
  const issuerOrigins = [...new Set(opts.realms.map((r) => new URL(r.issuer).origin))].join(' ');
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${issuerOrigins}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
  return {
    prefix: CONSOLE_PREFIX,
    dir: opts.dir,
    fallback: 'index.html',
    htmlHeaders: { 'content-security-policy': csp, 'x-frame-options': 'DENY' },
    generated: { 'config.json': { contentType: 'application/json; charset=utf-8', body: JSON.stringify(config) } },
  };
}
