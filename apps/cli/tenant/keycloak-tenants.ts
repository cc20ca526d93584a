/**
 * Provinces as Keycloak realms through the Keycloak admin API (@keycloak/keycloak-admin-client), idempotently:
 * create the realm from tenantRealm() when it is missing (a partial import of the same definition otherwise, skipping
 * what exists), list the `par-*` realms, enable or disable one. Admin credentials from the caller (the CLI reads
 * PAR_KEYCLOAK_URL, PAR_KEYCLOAK_ADMIN, PAR_KEYCLOAK_ADMIN_PASSWORD).
 */
import KcAdminClient from '@keycloak/keycloak-admin-client';
import type { RealmDefinition } from '@par/platform';

export interface KeycloakAdmin {
  url: string;
  username: string;
  password: string;
}
export interface TenantRealmSummary {
  code: string;
  realm: string;
  name: string;
  enabled: boolean;
}

async function connect(admin: KeycloakAdmin): Promise<KcAdminClient> {
  const kc = new KcAdminClient({ baseUrl: admin.url, realmName: 'master' });
  await kc.auth({ grantType: 'password', clientId: 'admin-cli', username: admin.username, password: admin.password });
  return kc;
}

/** Creates the realm, or adds what is missing to an existing one; returns whether the realm was new. */
export async function ensureRealm(admin: KeycloakAdmin, realm: RealmDefinition): Promise<{ created: boolean }> {
  const kc = await connect(admin);
  const existing = await kc.realms.findOne({ realm: realm.realm });
  if (!existing) {
    await kc.realms.create(realm as never);
    return { created: true };
  }
  await kc.realms.partialImport({
    realm: realm.realm,
    rep: { ifResourceExists: 'SKIP', roles: realm.roles, clients: realm.clients, users: realm.users } as never,
  });
  return { created: false };
}

type RealmRep = { realm?: string; displayName?: string; enabled?: boolean };

const summaryOf = (r: RealmRep): TenantRealmSummary => ({
  code: r.realm!.slice('par-'.length),
  realm: r.realm!,
  name: r.displayName ?? r.realm!,
  enabled: r.enabled !== false,
});

export async function listTenantRealms(admin: KeycloakAdmin): Promise<TenantRealmSummary[]> {
  const kc = await connect(admin);
  const realms = await kc.realms.find();
  return realms.filter((r) => r.realm?.startsWith('par-')).map(summaryOf);
}

/** The province's realm, or undefined when Keycloak has none. */
export async function findTenantRealm(admin: KeycloakAdmin, realm: string): Promise<TenantRealmSummary | undefined> {
  const kc = await connect(admin);
  const found = await kc.realms.findOne({ realm });
  return found ? summaryOf(found) : undefined;
}

export async function setRealmEnabled(admin: KeycloakAdmin, realm: string, enabled: boolean): Promise<boolean> {
  const kc = await connect(admin);
  if (!(await kc.realms.findOne({ realm }))) return false;
  await kc.realms.update({ realm }, { enabled });
  return true;
}

/**
 * The `iss` Keycloak puts in the realm's tokens, from its discovery document (it follows Keycloak's configured
 * hostname, which may differ from the admin URL); undefined when the realm does not answer (disabled or missing).
 */
export async function realmIssuer(admin: KeycloakAdmin, realm: string): Promise<string | undefined> {
  const url = `${admin.url.replace(/\/$/, '')}/realms/${encodeURIComponent(realm)}/.well-known/openid-configuration`;
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
  if (!res?.ok) return undefined;
  const { issuer } = (await res.json()) as { issuer?: unknown };
  return typeof issuer === 'string' && issuer ? issuer.replace(/\/$/, '') : undefined;
}

export async function deleteRealm(admin: KeycloakAdmin, realm: string): Promise<void> {
  const kc = await connect(admin);
  if (await kc.realms.findOne({ realm })) await kc.realms.del({ realm });
}
