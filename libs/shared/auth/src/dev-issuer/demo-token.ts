import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { DEMO_CLIENTS, DEMO_USERS, type DemoUser } from './demo-users';

/** DEV ONLY. The issuer's RS256 key pair, kept in memory; `jwk` is its public half as the JWKS serves it. */
export interface SigningKey {
  privateKey: CryptoKey;
  kid: string;
  jwk: JWK;
  /** The private half as a JWK, for the OpenID provider of the browser flow (browser-login.ts). */
  privateJwk: JWK;
}

export async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const privateJwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  return { privateKey, kid, jwk, privateJwk };
}

/** DEV ONLY. The claims Keycloak's mappers put in an access token for a demo user (realm roles, province, unit). */
export function demoClaims(province: string, username: string): Record<string, unknown> {
  const user = DEMO_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`Unknown demo user ${username}`);
  return claimsOf(province, user);
}

function claimsOf(province: string, user: DemoUser): Record<string, unknown> {
  return {
    province,
    preferred_username: user.username,
    name: user.name,
    realm_access: { roles: [...user.roles] },
    ...(user.unitId && { unit_id: user.unitId(province) }),
  };
}

/** DEV ONLY. The token subject of a demo user, the same in both flows. */
export const demoSubject = (province: string, username: string) => `dev-${province}-${username}`;

/**
 * DEV ONLY. An access token for a demo user with Keycloak's claims (realm roles, province, unit); with `clientId`,
 * for that client's service account (client credentials grant).
 */
export async function signDemoToken(
  key: SigningKey,
  t: { issuer: string; audience: string; province: string; username: string; expiresInSeconds: number; clientId?: string; user?: DemoUser },
): Promise<string> {
  const client = t.clientId ? DEMO_CLIENTS.find((c) => c.clientId === t.clientId) : undefined;
  const claims = client
    ? claimsOf(t.province, client.serviceAccount)
    : t.user
      ? claimsOf(t.province, t.user)
      : demoClaims(t.province, t.username);
  const username = client ? client.serviceAccount.username : t.username;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    ...claims,
    azp: client?.clientId ?? 'par-cli',
    typ: 'Bearer',
  })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(t.issuer)
    .setAudience(t.audience)
    .setSubject(demoSubject(t.province, username))
    .setJti(randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + t.expiresInSeconds)
    .sign(key.privateKey);
}
