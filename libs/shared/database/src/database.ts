import type { ProvinceId } from '@par/kernel';

/** Per-query options (all optional; `Sql.query(text, params)` without them behaves as before). */
export interface QueryOptions {
  /**
   * Name of a prepared statement: on PostgreSQL the statement is parsed and planned once per connection and
   * re-used by name (the same name must always carry the same text). PGlite ignores it (it runs every
   * parameterised query through its own extended-protocol path).
   */
  name?: string;
}

/** The only thing a transaction callback sees: parameterised queries on one connection. */
export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: unknown[], options?: QueryOptions): Promise<{ rows: R[]; rowCount: number }>;
}

export interface Database {
  readonly kind: 'postgres' | 'pglite';
  /** One transaction as the application role with `SET LOCAL app.province = $province`; RLS applies. */
  withProvince<T>(province: ProvinceId, fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** One transaction as the system role (BYPASSRLS): forwarder, rebuilds, cross-province reads. */
  asSystem<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** Run migrations (as the owner role) for one schema; idempotent; grants to app/system roles. */
  migrate(schema: string, migrations: readonly Migration[]): Promise<void>;
  close(): Promise<void>;
}

export interface Migration {
  name: string;
  /** May use the placeholders {{schema}}, {{app_role}}, {{system_role}}. */
  sql: string;
}

/** Role names the grants are made to (taken from the connection URLs for PostgreSQL). */
export interface Roles {
  app: string;
  system: string;
}
