import { provinceId, type ProvinceId } from '@par/kernel';

export interface TrustedIssuer {
  /** Exact `iss` value, e.g. http://127.0.0.1:58080/realms/par-bac-kan */
  readonly issuer: string;
  /** JWKS location; Keycloak's by default. */
  readonly jwksUri: string;
  /** The province this issuer speaks for; one realm per province. */
  readonly province: ProvinceId;
}

/** A Keycloak realm's issuer: its `iss` (no trailing slash) and its JWKS at Keycloak's usual place. */
export function keycloakIssuer(iss: string, province: ProvinceId): TrustedIssuer {
  const issuer = iss.replace(/\/$/, '');
  return { issuer, jwksUri: `${issuer}/protocol/openid-connect/certs`, province };
}

const REALM = /\/realms\/par-([a-z][a-z0-9-]+)$/;

/**
 * Parses an allow-list such as `PAR_ALLOWED_ISSUERS`: comma-separated issuer URLs of realms named
 * `par-<province>`, or `url=province` pairs for other naming. Nothing outside the list is trusted.
 */
export function parseTrustedIssuers(list: string | undefined): TrustedIssuer[] {
  if (!list?.trim()) return [];
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [url, explicit] = entry.split('=') as [string, string | undefined];
      const issuer = url.replace(/\/$/, '');
      return keycloakIssuer(issuer, provinceId(explicit ?? REALM.exec(issuer)?.[1]));
    });
}
