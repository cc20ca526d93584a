/**
 * Tokens an attacker can make: forged with jose (own keys, `alg: none`, HS256 keyed with the realm's public key,
 * a real token's payload altered) and real Keycloak tokens that must still be refused (expired, without the API
 * audience, from another realm claiming province A). The real ones come from test-only clients added to the
 * province realms through the Keycloak admin API (`par-security-*`, idempotent partial import).
 */
import { randomUUID } from 'node:crypto';
import KcAdminClient from '@keycloak/keycloak-admin-client';
import { SignJWT, exportSPKI, generateKeyPair, importJWK, type JWK } from 'jose';
import { mappers } from '@par/platform';
import { KEYCLOAK_URL } from '../../support/stack';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
export const issuerOf = (province: string) => `${KEYCLOAK_URL}/realms/par-${province}`;
export const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

/** What a DHA administrator's token of the province would claim, valid for five minutes. */
function adminClaims(province: string, iss = issuerOf(province)) {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss,
    aud: 'par-api',
    sub: randomUUID(),
    iat: now,
    exp: now + 300,
    province,
    preferred_username: 'admin',
    realm_access: { roles: ['dha_admin', 'auditor', 'appraiser'] },
  };
}

/** A token signed with the attacker's own RSA key; `iss` names an unknown realm or a trusted one. */
export async function signedWithOwnKey(claims: Record<string, unknown>): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'attacker' }).sign(privateKey);
}

export const unknownIssuerToken = (province: string) => signedWithOwnKey(adminClaims(province, `${KEYCLOAK_URL}/realms/par-evil`));

export const ownKeyTrustedIssuerToken = (province: string) => signedWithOwnKey(adminClaims(province));

export const algNoneToken = (province: string) => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(adminClaims(province))}.`;

/** The realm's RS256 signing key as published in its JWKS. */
export async function realmSigningKey(province: string): Promise<JWK> {
  const res = await fetch(`${issuerOf(province)}/protocol/openid-connect/certs`);
  const { keys } = (await res.json()) as { keys: JWK[] };
  const key = keys.find((k) => k.alg === 'RS256' && k.use === 'sig');
  if (!key) throw new Error(`no RS256 signing key in the JWKS of ${province}`);
  return key;
}

/** HS256 "signed" with the realm's public key (PEM and the raw modulus), with the real key id. */
export async function hs256WithPublicKey(province: string): Promise<{ pem: string; modulus: string }> {
  const jwk = await realmSigningKey(province);
  const pem = await exportSPKI((await importJWK(jwk, 'RS256', { extractable: true })) as CryptoKey);
  const sign = (secret: string) =>
    new SignJWT(adminClaims(province)).setProtectedHeader({ alg: 'HS256', kid: jwk.kid! }).sign(new TextEncoder().encode(secret));
  return { pem: await sign(pem), modulus: await sign(jwk.n!) };
}

/** A real token with its payload replaced (signature kept): more roles, another province or issuer, later expiry. */
export function tampered(token: string, change: (claims: Record<string, unknown>) => Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
  return `${header}.${b64(change(claims))}.${signature}`;
}

const CLIENTS = {
  /** access tokens that expire after one second */
  shortLived: 'par-security-short-lived',
  /** no `par-api` audience mapper */
  noAudience: 'par-security-no-audience',
  /** in another realm, a hard-coded `province` claim naming province A */
  claimsOther: 'par-security-claims-bac-kan',
} as const;

function client(clientId: string, protocolMappers: unknown[], attributes: Record<string, string> = {}) {
  return {
    clientId,
    name: `PAR Index security suite (${clientId})`,
    enabled: true,
    publicClient: true,
    standardFlowEnabled: false,
    directAccessGrantsEnabled: true,
    serviceAccountsEnabled: false,
    protocol: 'openid-connect',
    fullScopeAllowed: true,
    attributes,
    protocolMappers,
  };
}

/** Adds the suite's test clients to the realms of province A (`bac-kan`) and B (`cao-bang`); existing ones are kept. */
export async function ensureSecurityClients(): Promise<void> {
  const kc = new KcAdminClient({ baseUrl: KEYCLOAK_URL, realmName: 'master' });
  await kc.auth({
    grantType: 'password',
    clientId: 'admin-cli',
    username: process.env['PAR_KEYCLOAK_ADMIN'] ?? 'admin',
    password: process.env['PAR_KEYCLOAK_ADMIN_PASSWORD'] ?? 'admin',
  });
  const bk = mappers('bac-kan');
  await kc.realms.partialImport({
    realm: 'par-bac-kan',
    rep: {
      ifResourceExists: 'SKIP',
      clients: [
        client(CLIENTS.shortLived, bk, { 'access.token.lifespan': '1' }),
        client(
          CLIENTS.noAudience,
          bk.filter((m) => m.protocolMapper !== 'oidc-audience-mapper'),
        ),
      ],
    } as never,
  });
  await kc.realms.partialImport({
    realm: 'par-cao-bang',
    rep: { ifResourceExists: 'SKIP', clients: [client(CLIENTS.claimsOther, bk)] } as never,
  });
}

async function passwordToken(province: string, clientId: string, username: string): Promise<string> {
  const res = await fetch(`${issuerOf(province)}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: clientId, username, password: 'demo-password' }),
  });
  if (!res.ok) throw new Error(`token ${clientId}@${province}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** A real bac-kan token, already expired (lifespan 1 s; waits past the verifier's 5 s clock tolerance). */
export async function expiredToken(): Promise<string> {
  const token = await passwordToken('bac-kan', CLIENTS.shortLived, 'auditor');
  const exp = Number(claimsOf(token)['exp']);
  const wait = (exp + 7) * 1000 - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  return token;
}

export const wrongAudienceToken = () => passwordToken('bac-kan', CLIENTS.noAudience, 'auditor');

/** Signed by the cao-bang realm, claiming `province: bac-kan`. */
export const otherRealmClaimingA = () => passwordToken('cao-bang', CLIENTS.claimsOther, 'admin');
