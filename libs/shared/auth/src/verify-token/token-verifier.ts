import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ParError, ROLES, UnauthenticatedError, type Actor, type ProvinceId, type Role } from '@par/kernel';
import type { TrustedIssuer } from './trusted-issuers';
import { createIssuerSource, type TenantRegistrySource } from './issuer-source';

export * from './issuer-source';

export interface VerifiedPrincipal {
  readonly province: ProvinceId;
  readonly actor: Actor;
  readonly issuer: string;
  readonly expiresAt: number;
}

export interface TokenVerifierOptions {
  /** The bootstrap allow-list (`PAR_ALLOWED_ISSUERS`); the only one without `tenants`. */
  readonly issuers: readonly TrustedIssuer[];
  /** The platform's tenant registry: issuers added later are trusted, disabled provinces refused, within its TTL. */
  readonly tenants?: TenantRegistrySource;
  /** Required audience of access tokens. */
  readonly audience: string;
  readonly clockToleranceSeconds?: number;
  /** For tests: key resolvers by issuer instead of fetching JWKS. */
  readonly keyResolvers?: ReadonlyMap<string, JWTVerifyGetKey>;
}

export interface TokenVerifier {
  verify(authorizationHeader: string | null | undefined): Promise<VerifiedPrincipal>;
}

interface ParClaims extends JWTPayload {
  province?: unknown;
  unit_id?: unknown;
  name?: unknown;
  preferred_username?: unknown;
  realm_access?: { roles?: unknown };
}

/**
 * Verifies access tokens locally: signature against the issuer's JWKS (cached and refreshed by jose),
 * issuer from an allow-list (the bootstrap list, followed by the tenant registry when given), audience, expiry.
 * The province comes from the verified token only and must match the province of the realm that issued it.
 * A genuine token of a disabled province is refused with TENANT_DISABLED (its realm still serves its keys).
 */
export function createTokenVerifier(opts: TokenVerifierOptions): TokenVerifier {
  const source = createIssuerSource(opts.issuers, opts.tenants);
  const keys = new Map<string, JWTVerifyGetKey>();
  const keyFor = (issuer: TrustedIssuer): JWTVerifyGetKey => {
    let k = opts.keyResolvers?.get(issuer.issuer) ?? keys.get(issuer.issuer);
    if (!k) {
      k = createRemoteJWKSet(new URL(issuer.jwksUri), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
      keys.set(issuer.issuer, k);
    }
    return k;
  };
  return {
    async verify(header) {
      const token = bearerToken(header);
      const iss = unverifiedIssuer(token);
      const found = iss ? await source.lookup(iss) : ({ kind: 'unknown' } as const);
      if (found.kind === 'unknown') throw new UnauthenticatedError(`Issuer ${String(iss)} is not in the allow-list`);
      const payload = await verifySignature(token, keyFor(found.issuer), found.issuer, opts);
      const principal = principalFrom(payload, found.issuer);
      if (found.kind === 'disabled') throw tenantDisabled(principal.province);
      return principal;
    },
  };
}

function bearerToken(header: string | null | undefined): string {
  if (!header) throw new UnauthenticatedError('Missing Authorization header (expected "Bearer <access token>")');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new UnauthenticatedError('Authorization header is not a Bearer token');
  return match[1];
}

function unverifiedIssuer(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    throw new UnauthenticatedError('Malformed JWT');
  }
}

async function verifySignature(
  token: string,
  key: JWTVerifyGetKey,
  trusted: TrustedIssuer,
  opts: TokenVerifierOptions,
): Promise<ParClaims> {
  try {
    const { payload } = await jwtVerify<ParClaims>(token, key, {
      issuer: trusted.issuer,
      audience: opts.audience,
      clockTolerance: opts.clockToleranceSeconds ?? 5,
      algorithms: ['RS256', 'ES256', 'PS256'],
      requiredClaims: ['exp', 'sub'],
    });
    return payload;
  } catch (e) {
    if (e instanceof errors.JWTExpired) throw new UnauthenticatedError('Token expired');
    // The identity provider could not be reached: not the token's fault, so not a 401.
    if (e instanceof errors.JWKSTimeout || (e as Error | undefined)?.name === 'TypeError') {
      throw new ParError({
        code: 'AUTH_UNAVAILABLE',
        messageVi: 'Không kết nối được máy chủ xác thực. Vui lòng thử lại sau.',
        detail: `Could not fetch the signing keys of ${trusted.issuer}: ${(e as Error).message}`,
      });
    }
    if (e instanceof errors.JOSEError) throw new UnauthenticatedError(`Token rejected: ${e.code}: ${e.message}`);
    throw new UnauthenticatedError(`Token rejected: ${(e as Error).message}`);
  }
}

/** A genuine token of a province the platform has disabled (`par tenant disable`): refused with a 401. */
function tenantDisabled(province: ProvinceId): ParError {
  return new ParError({
    code: 'TENANT_DISABLED',
    messageVi: `Tỉnh ${province} đang bị tạm dừng trên hệ thống; phiên đăng nhập không còn được chấp nhận. Vui lòng liên hệ quản trị hệ thống.`,
    detail: `Province ${province} is disabled in the tenant registry; its tokens are refused`,
  });
}

/** The verified token's principal: its province must be the issuing realm's; unknown roles are dropped. */
function principalFrom(payload: ParClaims, trusted: TrustedIssuer): VerifiedPrincipal {
  if (payload.province !== trusted.province) {
    throw new UnauthenticatedError(`Token province ${JSON.stringify(payload.province)} does not match issuer province ${trusted.province}`);
  }
  const rawRoles = Array.isArray(payload.realm_access?.roles) ? payload.realm_access.roles : [];
  const roles = rawRoles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string));
  const name =
    typeof payload.name === 'string'
      ? payload.name
      : typeof payload.preferred_username === 'string'
        ? payload.preferred_username
        : undefined;
  return {
    province: trusted.province,
    issuer: trusted.issuer,
    expiresAt: payload.exp ?? 0,
    actor: {
      id: payload.sub!,
      roles,
      ...(name && { name }),
      ...(typeof payload.unit_id === 'string' && payload.unit_id && { unitId: payload.unit_id }),
    },
  };
}
