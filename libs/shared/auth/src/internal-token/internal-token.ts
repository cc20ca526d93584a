import { SignJWT, jwtVerify } from 'jose';
import { provinceId, ROLES, UnauthenticatedError, type RequestContext, type Role } from '@par/kernel';

/**
 * Subgraphs trust only the gateway. The gateway turns a verified user token into a short-lived
 * internal token (HS256, shared secret) carrying the request context; subgraphs verify it with jose.
 */
const ISSUER = 'par-gateway';
const AUDIENCE = 'par-subgraphs';
export const INTERNAL_TOKEN_HEADER = 'x-par-internal-token';

function key(secret: string): Uint8Array {
  if (secret.length < 32) throw new Error('PAR_INTERNAL_SECRET must be at least 32 characters');
  return new TextEncoder().encode(secret);
}

export async function signInternalToken(ctx: RequestContext, secret: string, ttlSeconds = 60): Promise<string> {
  return new SignJWT({
    province: ctx.province,
    roles: ctx.actor.roles,
    ...(ctx.actor.name && { name: ctx.actor.name }),
    ...(ctx.actor.unitId && { unit_id: ctx.actor.unitId }),
    cid: ctx.correlationId,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(ctx.actor.id)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

export async function verifyInternalToken(token: string | undefined, secret: string): Promise<RequestContext> {
  if (!token) throw new UnauthenticatedError('Missing internal token: subgraphs accept requests from the gateway only');
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    const roles = (Array.isArray(payload['roles']) ? payload['roles'] : []).filter((r): r is Role =>
      (ROLES as readonly string[]).includes(r as string),
    );
    return {
      province: provinceId(payload['province']),
      correlationId: String(payload['cid'] ?? ''),
      actor: {
        id: String(payload.sub),
        roles,
        ...(typeof payload['name'] === 'string' && { name: payload['name'] }),
        ...(typeof payload['unit_id'] === 'string' && { unitId: payload['unit_id'] }),
      },
    };
  } catch (e) {
    if (e instanceof UnauthenticatedError) throw e;
    throw new UnauthenticatedError(`Internal token rejected: ${(e as Error).message}`);
  }
}

/**
 * The one exception to "every request carries a user": the public survey form's operations (`surveyForm`,
 * `answerSurvey`), which the gateway lets through without a bearer token after checking that the request holds
 * nothing else. It signs this token (another audience, no province, no actor) so that subgraphs still accept
 * them only from the gateway; the province then comes from the survey token's record, never from the request.
 */
export const PUBLIC_CALL_HEADER = 'x-par-public-call';
const PUBLIC_AUDIENCE = 'par-subgraphs-public';

export async function signPublicCallToken(correlationId: string, secret: string, ttlSeconds = 60): Promise<string> {
  return new SignJWT({ cid: correlationId, public: true })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(PUBLIC_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

export async function verifyPublicCallToken(token: string | undefined, secret: string): Promise<{ correlationId: string }> {
  if (!token) throw new UnauthenticatedError('Missing public call token');
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: PUBLIC_AUDIENCE, algorithms: ['HS256'] });
    if (payload['public'] !== true) throw new Error('not a public call token');
    return { correlationId: String(payload['cid'] ?? '') };
  } catch (e) {
    throw new UnauthenticatedError(`Public call token rejected: ${(e as Error).message}`);
  }
}
