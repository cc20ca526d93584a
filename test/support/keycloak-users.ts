import KcAdminClient from '@keycloak/keycloak-admin-client';
import { stableId } from '@par/platform';
import { KEYCLOAK_URL } from './stack';

/** A person of a province's realm the tests need beyond the demo users: an officer of one unit, or an appraiser. */
export interface ProvincePerson {
  readonly username: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: 'unit_officer' | 'appraiser';
  readonly unitId?: string;
}

/**
 * Adds the given people to the real Keycloak realm `par-<province>` through its admin API (one partial import,
 * existing users skipped), with the demo password, their realm role and, for officers, the `unit_id` attribute
 * the token's claim comes from — as a province's administrator provisions its units' officers.
 */
export async function ensureRealmPeople(province: string, people: readonly ProvincePerson[]): Promise<void> {
  const kc = new KcAdminClient({ baseUrl: KEYCLOAK_URL, realmName: 'master' });
  await kc.auth({
    grantType: 'password',
    clientId: 'admin-cli',
    username: process.env['PAR_KEYCLOAK_ADMIN'] ?? 'admin',
    password: process.env['PAR_KEYCLOAK_ADMIN_PASSWORD'] ?? 'admin',
  });
  const realm = `par-${province}`;
  const users = people.map((p) => ({
    id: stableId(realm, p.username),
    username: p.username,
    enabled: true,
    email: `${p.username}@${province}.par.test`,
    emailVerified: true,
    firstName: p.firstName,
    lastName: p.lastName,
    attributes: p.unitId ? { unit_id: [p.unitId] } : {},
    credentials: [{ type: 'password', value: 'demo-password', temporary: false }],
    realmRoles: [p.role],
  }));
  await kc.realms.partialImport({ realm, rep: { ifResourceExists: 'SKIP', users } as never });
}
