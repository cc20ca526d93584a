import type { Database, Migration } from '../database';
import { NOT_PROVINCE_DATA } from '../migrations';

/**
 * The platform's registry of provinces (tenants): one row per province, who trusts which issuer. Platform data,
 * not province data: every province's gateway decision reads all of it, so it has no row-level security and is
 * marked `par:not-province-data`. Read and written through the system role (`par tenant create|disable|enable`,
 * the gateway's issuer allow-list: docs/adr/0030-tenant-registry.md); the application role may only read it.
 */
export const PLATFORM_SCHEMA = 'platform';

export type TenantStatus = 'active' | 'disabled';

export interface TenantRecord {
  /** Province code, e.g. `thai-nguyen` (realm `par-<code>`). */
  readonly code: string;
  readonly displayName: string;
  /** Exact `iss` of the realm's tokens. */
  readonly issuer: string;
  readonly status: TenantStatus;
  readonly changedAt: Date;
  readonly changedBy: string;
  readonly reason: string | null;
}

export const PLATFORM_MIGRATIONS: readonly Migration[] = [
  {
    name: '0001-tenants',
    sql: `
CREATE TABLE {{schema}}.tenants (
  code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]*$'),
  display_name text NOT NULL,
  issuer text NOT NULL UNIQUE,
  status text NOT NULL CHECK (status IN ('active', 'disabled')),
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by text NOT NULL,
  reason text
);
COMMENT ON TABLE {{schema}}.tenants IS '${NOT_PROVINCE_DATA}: the platform registry of provinces (code, issuer, status), read by the gateway for every province';
REVOKE INSERT, UPDATE, DELETE ON {{schema}}.tenants FROM {{app_role}};`,
  },
];

/** Creates or upgrades the registry's schema (idempotent; as the owner role). */
export function migrateTenantRegistry(db: Database): Promise<void> {
  return db.migrate(PLATFORM_SCHEMA, PLATFORM_MIGRATIONS);
}

interface TenantRow {
  code: string;
  display_name: string;
  issuer: string;
  status: TenantStatus;
  changed_at: Date;
  changed_by: string;
  reason: string | null;
}

const COLUMNS = 'code, display_name, issuer, status, changed_at, changed_by, reason';

const toRecord = (r: TenantRow): TenantRecord => ({
  code: r.code,
  displayName: r.display_name,
  issuer: r.issuer,
  status: r.status,
  changedAt: new Date(r.changed_at),
  changedBy: r.changed_by,
  reason: r.reason,
});

/** Every registered province, by code. */
export async function listTenants(db: Database): Promise<TenantRecord[]> {
  const { rows } = await db.asSystem((tx) => tx.query<TenantRow>(`SELECT ${COLUMNS} FROM ${PLATFORM_SCHEMA}.tenants ORDER BY code`));
  return rows.map(toRecord);
}

/** Issuer and status of every registered province: what the gateway's issuer allow-list needs, one small query. */
export async function readTenantIssuers(db: Database): Promise<{ code: string; issuer: string; status: TenantStatus }[]> {
  return db.asSystem(async (tx) => {
    const { rows } = await tx.query<{ code: string; issuer: string; status: TenantStatus }>(
      `SELECT code, issuer, status FROM ${PLATFORM_SCHEMA}.tenants`,
      [],
      { name: 'par_platform_tenant_issuers' },
    );
    return rows;
  });
}

export interface TenantChange {
  readonly code: string;
  readonly displayName: string;
  readonly issuer: string;
  readonly status: TenantStatus;
  readonly changedBy: string;
  readonly reason?: string | null;
}

/**
 * Registers a province or changes its status, name or issuer (an upsert: re-running a command repairs the row).
 * `changed_at` moves only when something changed.
 */
export async function saveTenant(db: Database, change: TenantChange): Promise<TenantRecord> {
  const { rows } = await db.asSystem((tx) =>
    tx.query<TenantRow>(
      `INSERT INTO ${PLATFORM_SCHEMA}.tenants AS t (code, display_name, issuer, status, changed_by, reason)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (code) DO UPDATE SET
         display_name = EXCLUDED.display_name, issuer = EXCLUDED.issuer, status = EXCLUDED.status,
         changed_by = EXCLUDED.changed_by, reason = EXCLUDED.reason, changed_at = now()
       WHERE (t.display_name, t.issuer, t.status, t.reason) IS DISTINCT FROM
             (EXCLUDED.display_name, EXCLUDED.issuer, EXCLUDED.status, EXCLUDED.reason)
       RETURNING ${COLUMNS}`,
      [change.code, change.displayName, change.issuer, change.status, change.changedBy, change.reason ?? null],
    ),
  );
  if (rows[0]) return toRecord(rows[0]);
  const same = (await listTenants(db)).find((t) => t.code === change.code);
  if (!same) throw new Error(`tenant ${change.code} was neither saved nor found`);
  return same;
}
