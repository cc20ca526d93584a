/**
 * A province lives in two places: its Keycloak realm (who can log in) and the platform registry `platform.tenants`
 * (whose tokens the gateway accepts). Each command writes both, ordered to fail closed (docs/adr/0030-tenant-registry.md):
 * the write that grants access comes last (create, enable: Keycloak, then the registry), the write that revokes it
 * comes first (disable: the registry, then Keycloak). If the second write fails, the province is refused rather than
 * half-trusted, the command ends with TENANT_OUT_OF_SYNC saying what was done, and re-running it repairs (both
 * writes are idempotent).
 */
import { ParError } from '@par/kernel';
import { listTenants, migrateTenantRegistry, saveTenant, type Database, type TenantRecord, type TenantStatus } from '@par/database';
import { EXIT } from '@par/scoring-cli';
import type { RealmDefinition } from '@par/platform';
import { ensureRealm, findTenantRealm, listTenantRealms, realmIssuer, setRealmEnabled, type KeycloakAdmin } from './keycloak-tenants';
import { compareTenants, provinceNameOf, type TenantStatusRow } from './tenant-status';

export interface TenantSync {
  readonly keycloak: KeycloakAdmin;
  readonly db: Database;
  /** Who is acting, for `changed_by`. */
  readonly changedBy: string;
}

/**
 * The `iss` of a realm's tokens: what its discovery document says, else `<PAR_KEYCLOAK_URL>/realms/par-<code>`
 * (a disabled realm does not answer).
 */
export async function issuerOf(keycloak: KeycloakAdmin, code: string): Promise<string> {
  return (await realmIssuer(keycloak, `par-${code}`)) ?? `${keycloak.url.replace(/\/$/, '')}/realms/par-${code}`;
}

function outOfSync(done: string, failed: string, code: string, command: string, cause: unknown): ParError {
  const e = new ParError({
    code: 'TENANT_OUT_OF_SYNC',
    messageVi: `Tỉnh ${code}: ${done}, nhưng ${failed}. Chạy lại "par tenant ${command} --code ${code}" để hoàn tất.`,
    detail: `${command} ${code}: the second write failed (${cause instanceof Error ? cause.message : String(cause)}); re-run to repair`,
    meta: { exitCode: EXIT.failure },
  });
  (e as { cause?: unknown }).cause = cause;
  return e;
}

function tenantNotFound(code: string, realm: string): ParError {
  return new ParError({
    code: 'TENANT_NOT_FOUND',
    messageVi: `Không có tỉnh "${code}" (realm ${realm}) trong Keycloak.`,
    detail: `realm ${realm} not found`,
    meta: { exitCode: EXIT.usage },
  });
}

async function findRecord(db: Database, code: string): Promise<TenantRecord | undefined> {
  return (await listTenants(db)).find((t) => t.code === code);
}

/** `tenant create`: the realm (created or completed), then the registry row `active`. */
export async function createTenant(
  sync: TenantSync,
  input: { code: string; name: string; realm: RealmDefinition },
): Promise<{ created: boolean; record: TenantRecord }> {
  await migrateTenantRegistry(sync.db);
  const { created } = await ensureRealm(sync.keycloak, input.realm);
  try {
    const record = await saveTenant(sync.db, {
      code: input.code,
      displayName: input.name,
      issuer: await issuerOf(sync.keycloak, input.code),
      status: 'active',
      changedBy: sync.changedBy,
      reason: null,
    });
    return { created, record };
  } catch (e) {
    throw outOfSync(
      `realm ${input.realm.realm} đã sẵn sàng trong Keycloak`,
      'chưa ghi được vào danh bạ nền tảng (cổng API chưa nhận token của tỉnh)',
      input.code,
      'create',
      e,
    );
  }
}

/**
 * `tenant disable|enable`. A realm without a registry row (the demo realms) is registered on the way; a registry
 * row without a realm can still be disabled (nothing to enable).
 */
export async function setTenantStatus(
  sync: TenantSync,
  input: { code: string; status: TenantStatus; reason?: string | null },
): Promise<TenantRecord> {
  const realmName = `par-${input.code}`;
  await migrateTenantRegistry(sync.db);
  const [realm, record] = await Promise.all([findTenantRealm(sync.keycloak, realmName), findRecord(sync.db, input.code)]);
  if (!realm && (!record || input.status === 'active')) throw tenantNotFound(input.code, realmName);
  const save = async () =>
    saveTenant(sync.db, {
      code: input.code,
      displayName: record?.displayName ?? provinceNameOf(realm?.name ?? input.code),
      issuer: record?.issuer ?? (await issuerOf(sync.keycloak, input.code)),
      status: input.status,
      changedBy: sync.changedBy,
      reason: input.reason ?? null,
    });
  if (input.status === 'disabled') {
    const saved = await save();
    if (realm) {
      await setRealmEnabled(sync.keycloak, realmName, false).catch((e: unknown) => {
        throw outOfSync('cổng API đã chặn token của tỉnh', `chưa tắt được realm ${realmName} trong Keycloak`, input.code, 'disable', e);
      });
    }
    return saved;
  }
  await setRealmEnabled(sync.keycloak, realmName, true);
  return save().catch((e: unknown) => {
    throw outOfSync(
      `realm ${realmName} đã bật lại`,
      'chưa ghi được vào danh bạ nền tảng (cổng API vẫn chặn token của tỉnh)',
      input.code,
      'enable',
      e,
    );
  });
}

/** `tenant list`: both sides and whether they agree. */
export async function tenantStatus(sync: TenantSync): Promise<TenantStatusRow[]> {
  await migrateTenantRegistry(sync.db);
  const [realms, records] = await Promise.all([listTenantRealms(sync.keycloak), listTenants(sync.db)]);
  return compareTenants(realms, records);
}
