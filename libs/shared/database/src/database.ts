import type { ProvinceId } from '@par/kernel';

/** Per-query options (all optional; `Sql.query(text, params)` without them behaves as before). */
export interface QueryOptions {
  /**
   * Name of a prepared statement: on PostgreSQL the statement is parsed and planned once per connection and
   * re-used by name (the same name must always carry the same text). PGlite ignores it (it runs every
   * parameterised query through its own extended-protocol path).
   */
  name?: string;
  /** Rows as arrays in column order instead of objects (cheaper to parse for large reads). */
  rowMode?: 'array';
}

/** The only thing a transaction callback sees: parameterised queries on one connection. */
export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: unknown[], options?: QueryOptions): Promise<{ rows: R[]; rowCount: number }>;
}

/**
 * One call of a set-returning SQL function, for `Database.callInProvince`. Built as
 * `SELECT * FROM <fn>(set_config('app.province', $1, true), $2::<types[0]>, $3::<types[1]>, …)`.
 */
export interface ProvinceCall {
  /** Schema-qualified function name (`schema.function`, plain identifiers only). */
  fn: string;
  /** SQL types of the arguments after the province, for the casts (`text`, `jsonb[]`, …). */
  types: readonly string[];
  values: readonly unknown[];
  /**
   * Values that make the call idempotent. A call whose outcome is unknown (the connection broke after it was
   * sent, so it may have committed) is re-run with these, or thrown when they are absent.
   */
  retryValues?: readonly unknown[];
  /** Prepared-statement name (see QueryOptions.name). */
  name?: string;
}

/** Options of `Database.withProvince`. */
export interface ProvinceTxOptions {
  /**
   * Hold the SHARED side of the named lock for the whole transaction: many transactions hold it together; it
   * waits while `withExclusiveLock(name)` holds the exclusive side (in any process on PostgreSQL).
   */
  sharedLock?: string;
}

/** Handle given to the holder of an exclusive lock. */
export interface HeldLock {
  /** Throws if the lock was lost (its session ended); also keeps an idle session alive. Call between steps. */
  assertHeld(): Promise<void>;
}

export interface Database {
  readonly kind: 'postgres' | 'pglite';
  /** One transaction as the application role with `SET LOCAL app.province = $province`; RLS applies. */
  withProvince<T>(province: ProvinceId, fn: (tx: Sql) => Promise<T>, options?: ProvinceTxOptions): Promise<T>;
  /**
   * One function call as the application role in its own transaction and ONE round trip (no BEGIN/COMMIT):
   * `app.province` is set transaction-locally before the function runs, exactly as withProvince sets it, and is
   * passed as the function's first argument, so RLS and the function's own province check both apply. For hot
   * single-statement writes (the event-store append); anything that needs several statements uses withProvince.
   */
  callInProvince<R = Record<string, unknown>>(province: ProvinceId, call: ProvinceCall): Promise<R[]>;
  /**
   * Runs `fn` while holding the EXCLUSIVE side of the lock named `key`; released when `fn` settles. It waits
   * for transactions holding the shared side (`withProvince(…, { sharedLock: key })`) to finish, and those
   * started meanwhile wait for it. PostgreSQL: a session-level advisory lock on a dedicated system-role
   * connection (other processes wait too); `fn` should call `lock.assertHeld()` between steps, since a lost
   * session releases the lock. PGlite: an in-process readers–writer lock. Used to pause a service's projection
   * consumers while one of its read models is rebuilt.
   */
  withExclusiveLock<T>(key: string, fn: (lock: HeldLock) => Promise<T>): Promise<T>;
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
