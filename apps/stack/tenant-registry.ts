import { DEFAULT_TENANT_TTL_MS, type TenantRegistrySource } from '@par/auth';
import { createPostgresDatabase, migrateTenantRegistry, pgUrlsFromEnv, readTenantIssuers, type Database } from '@par/database';
import { errorFields, platformLogger } from '@par/observability';

/**
 * The gateway's view of the platform registry of provinces (`platform.tenants`, written by `par tenant ...`):
 * on by default in stack mode, `PAR_TENANT_REGISTRY=off` keeps the issuer allow-list to PAR_ALLOWED_ISSUERS alone;
 * `PAR_TENANT_REGISTRY_TTL_MS` (default 5000, 100–600000) is how long one read is trusted, hence how long a disabled
 * province's tokens can still pass after `par tenant disable`.
 */
export interface TenantRegistrySettings {
  readonly enabled: boolean;
  readonly ttlMs: number;
}

export function tenantRegistrySettings(env: NodeJS.ProcessEnv): TenantRegistrySettings {
  const flag = (env['PAR_TENANT_REGISTRY'] ?? 'on').trim().toLowerCase();
  if (flag !== 'on' && flag !== 'off') throw new Error(`PAR_TENANT_REGISTRY must be on or off, got ${JSON.stringify(flag)}`);
  const rawTtl = env['PAR_TENANT_REGISTRY_TTL_MS']?.trim();
  const ttlMs = rawTtl ? Number(rawTtl) : DEFAULT_TENANT_TTL_MS;
  if (!Number.isInteger(ttlMs) || ttlMs < 100 || ttlMs > 600_000) {
    throw new Error(`PAR_TENANT_REGISTRY_TTL_MS must be an integer from 100 to 600000 (milliseconds), got ${JSON.stringify(rawTtl)}`);
  }
  return { enabled: flag === 'on', ttlMs };
}

/** The registry's reader for the token verifier, on its own small pool; its schema is migrated first (idempotent). */
export async function openTenantRegistry(
  settings: TenantRegistrySettings,
): Promise<{ source: TenantRegistrySource; close(): Promise<void> }> {
  const { appUrl, ownerUrl, systemUrl } = pgUrlsFromEnv();
  const db: Database = await createPostgresDatabase({ appUrl, ownerUrl, systemUrl, poolSize: 2 });
  await migrateTenantRegistry(db);
  let lastError = '';
  return {
    source: {
      ttlMs: settings.ttlMs,
      read: async () => {
        const rows = await readTenantIssuers(db);
        lastError = '';
        return rows;
      },
      // once per TTL at most while the database is away; the same message is not repeated
      onError: (e) => {
        const message = e instanceof Error ? e.message : String(e);
        if (message !== lastError)
          platformLogger('gateway').warn(errorFields(e), 'tenant registry not readable; the last list stays in use');
        lastError = message;
      },
    },
    close: () => db.close(),
  };
}
