import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { DEMO_CLIENTS, DEMO_USERS } from './demo-users';

/** DEV ONLY. The issuer's RS256 key pair, kept in memory; `jwk` is its public half as the JWKS serves it. */
export interface SigningKey {
  privateKey: CryptoKey;
  kid: string;
  jwk: JWK;
}

export async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomUUID();
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { privateKey, kid, jwk };
}

/**
 * DEV ONLY. An access token for a demo user with Keycloak's claims (realm roles, province, unit); with `clientId`,
 * for that client's service account (client credentials grant).
 */
export async function signDemoToken(
  key: SigningKey,
  t: { issuer: string; audience: string; province: string; username: string; expiresInSeconds: number; clientId?: string },
): Promise<string> {
  const client = t.clientId ? DEMO_CLIENTS.find((c) => c.clientId === t.clientId) : undefined;
  const user = client ? client.serviceAccount : DEMO_USERS.find((u) => u.username === t.username);
  if (!user) throw new Error(`Unknown demo user ${t.username}`);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    province: t.province,
    preferred_username: user.username,
    name: user.name,
    realm_access: { roles: [...user.roles] },
    ...(user.unitId && { unit_id: user.unitId(t.province) }),
    azp: client?.clientId ?? 'par-cli',
    typ: 'Bearer',
  })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(t.issuer)
    .setAudience(t.audience)
    .setSubject(`dev-${t.province}-${user.username}`)
    .setJti(randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + t.expiresInSeconds)
    .sign(key.privateKey);
}
