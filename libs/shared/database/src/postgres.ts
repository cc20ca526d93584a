import pg from 'pg';
import pRetry, { AbortError } from 'p-retry';
import { provinceId, type ProvinceId } from '@par/kernel';
import type { Database, HeldLock, Migration, ProvinceCall, ProvinceTxOptions, QueryOptions, Roles, Sql } from './database';
import { isConnectionError, isRetryableBeforeCommit } from './errors';
import { runMigrations } from './migrations';
import { provinceCallSql } from './province-call';
import { EXCLUSIVE_LOCK_SQL, HELD_SQL, SHARED_XACT_LOCK_SQL, UNLOCK_SQL } from './advisory-lock';

export interface PostgresDatabaseOptions {
  appUrl: string;
  systemUrl: string;
  ownerUrl: string;
  poolSize?: number;
  /** Attempts for a transaction that failed on a broken connection before COMMIT was sent (default 8). */
  retries?: number;
}

function wrap(client: pg.PoolClient): Sql {
  return {
    async query<R>(text: string, params?: unknown[], options?: QueryOptions) {
      const res = (options?.name || options?.rowMode
        ? await client.query({
            ...(options.name ? { name: options.name } : {}),
            ...(options.rowMode ? { rowMode: options.rowMode } : {}),
            text,
            values: params ?? [],
          })
        : await client.query(text, params)) as unknown as pg.QueryResult | pg.QueryResult[];
      const last = Array.isArray(res) ? res[res.length - 1] : res;
      return { rows: (last?.rows ?? []) as R[], rowCount: last?.rowCount ?? 0 };
    },
  };
}

/**
 * Errors from pg/net may come from another realm (Jest VM contexts) and fail `instanceof Error`, which
 * p-retry requires; wrap those, keeping code/message and the original as `cause`.
 */
function asError(e: unknown): Error {
  if (e instanceof Error) return e;
  const src = (e ?? {}) as { message?: unknown; code?: unknown };
  const err = new Error(String(src.message ?? e), { cause: e });
  Object.assign(err, e && typeof e === 'object' ? { ...(e as object), message: err.message } : {});
  if (src.code !== undefined) (err as { code?: unknown }).code = src.code;
  return err;
}

function newPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  // An idle client whose server went away emits 'error'; the pool drops it and opens a new one later.
  pool.on('error', () => undefined);
  return pool;
}

const RETRY_TIMING = { minTimeout: 100, maxTimeout: 2_000, factor: 2 } as const;

interface Lease {
  /** The error that broke the connection, if any (the 'error' event, or one given to markBroken). */
  broken(): Error | undefined;
  markBroken(e: unknown): void;
}

/**
 * Runs `fn` with a client checked out of `pool`. A checked-out client whose server goes away emits 'error'
 * between queries; without a listener that would crash the process. It is remembered, and a broken client is
 * discarded instead of going back to the pool. Connect errors are thrown as Errors (p-retry needs them).
 */
async function withClient<T>(pool: pg.Pool, fn: (client: pg.PoolClient, lease: Lease) => Promise<T>): Promise<T> {
  const client = await pool.connect().catch((e: unknown) => {
    throw asError(e);
  });
  let broken: Error | undefined;
  const onError = (e: Error) => {
    broken ??= asError(e);
  };
  client.on('error', onError);
  try {
    return await fn(client, { broken: () => broken, markBroken: (e) => void (broken ??= asError(e)) });
  } finally {
    client.off('error', onError);
    client.release(broken ?? false);
  }
}

/**
 * Runs `fn` in one transaction on a pooled client. If the connection breaks (or PostgreSQL reports a
 * deadlock/serialization failure) BEFORE COMMIT is sent, nothing was committed: the whole transaction is
 * re-run with backoff. A failure during COMMIT has an unknown outcome and is never retried.
 */
async function runTx<T>(
  pool: pg.Pool,
  retries: number,
  setup: ((tx: Sql) => Promise<void>) | null,
  fn: (tx: Sql) => Promise<T>,
): Promise<T> {
  return pRetry(
    () =>
      withClient(pool, async (client, lease) => {
        let committing = false;
        try {
          const tx = wrap(client);
          await client.query('BEGIN');
          if (setup) await setup(tx);
          const result = await fn(tx);
          committing = true;
          await client.query('COMMIT');
          return result;
        } catch (e) {
          if (isConnectionError(e)) lease.markBroken(e);
          else if (!committing) await client.query('ROLLBACK').catch((re: unknown) => lease.markBroken(re));
          const err = asError(e);
          if (!committing && isRetryableBeforeCommit(err)) throw err;
          throw new AbortError(err);
        }
      }),
    {
      retries,
      ...RETRY_TIMING,
      shouldRetry: ({ error }) => isRetryableBeforeCommit(error),
    },
  ); // p-retry rethrows an AbortError's original error, so callers see ConcurrencyConflictError etc. as is.
}

/**
 * One statement in its own (implicit) transaction. A connect failure or a rollback PostgreSQL reports as
 * transient (deadlock, serialization) is re-run as is. A connection lost after the statement was sent has an
 * unknown outcome: it is re-run with `retryValues` (values that make it idempotent) or thrown.
 */
async function runCall<R>(pool: pg.Pool, retries: number, call: ProvinceCall, province: string): Promise<R[]> {
  const text = provinceCallSql(call);
  let values = call.values;
  return pRetry(
    () =>
      withClient(pool, async (client, lease) => {
        try {
          const res = await client.query({ ...(call.name ? { name: call.name } : {}), text, values: [province, ...values] });
          return res.rows as R[];
        } catch (e) {
          const err = asError(e);
          if (isConnectionError(e)) {
            lease.markBroken(err);
            if (!call.retryValues) throw new AbortError(err);
            values = call.retryValues;
            throw err;
          }
          if (isRetryableBeforeCommit(err)) throw err;
          throw new AbortError(err);
        }
      }),
    { retries, ...RETRY_TIMING, shouldRetry: ({ error }) => isRetryableBeforeCommit(error) },
  );
}

export async function createPostgresDatabase(opts: PostgresDatabaseOptions): Promise<Database> {
  const poolSize = opts.poolSize ?? 10;
  const retries = opts.retries ?? 8;
  const roles: Roles = { app: new URL(opts.appUrl).username, system: new URL(opts.systemUrl).username };
  const app = newPool(opts.appUrl, poolSize);
  const system = newPool(opts.systemUrl, Math.max(2, Math.ceil(poolSize / 2)));
  let owner: pg.Pool | null = null;
  const ownerPool = () => (owner ??= newPool(opts.ownerUrl, 2));

  const db: Database = {
    kind: 'postgres',
    withProvince<T>(province: ProvinceId, fn: (tx: Sql) => Promise<T>, options?: ProvinceTxOptions) {
      const p = provinceId(province);
      const lock = options?.sharedLock;
      return runTx(
        app,
        retries,
        async (tx) => {
          if (lock === undefined) await tx.query(`SELECT set_config('app.province', $1, true)`, [p]);
          else await tx.query(`SELECT set_config('app.province', $1, true), ${SHARED_XACT_LOCK_SQL}`, [p, lock]);
        },
        fn,
      );
    },
    callInProvince<R>(province: ProvinceId, call: ProvinceCall) {
      return runCall<R>(app, retries, call, provinceId(province));
    },
    withExclusiveLock<T>(key: string, fn: (lock: HeldLock) => Promise<T>) {
      return withClient(system, async (client, lease) => {
        const held: HeldLock = {
          async assertHeld() {
            const lost = () =>
              new Error(`Lock ${key} was lost (its database session ended${lease.broken() ? `: ${lease.broken()!.message}` : ''})`);
            if (lease.broken()) throw lost();
            try {
              const { rows } = await client.query<{ n: number }>(HELD_SQL, [key]);
              if (rows[0]?.n !== 1) throw lost();
            } catch (e) {
              lease.markBroken(e);
              throw lost();
            }
          },
        };
        await client.query(EXCLUSIVE_LOCK_SQL, [key]);
        try {
          return await fn(held);
        } finally {
          // A lost session has released the lock already; otherwise release it here.
          if (!lease.broken()) await client.query(UNLOCK_SQL, [key]).catch((e: unknown) => lease.markBroken(e));
        }
      });
    },
    asSystem<T>(fn: (tx: Sql) => Promise<T>) {
      return runTx(system, retries, null, fn);
    },
    async migrate(schema: string, migrations: readonly Migration[]) {
      await runMigrations((fn) => runTx(ownerPool(), retries, null, fn), schema, migrations, roles);
    },
    async close() {
      await Promise.all([app.end(), system.end(), owner?.end()]);
    },
  };
  return db;
}

export const DEFAULT_PG_ENV = {
  PAR_PG_URL: 'postgres://par_app:par_app@127.0.0.1:55432/par',
  PAR_PG_OWNER_URL: 'postgres://par_owner:par_owner@127.0.0.1:55432/par',
  PAR_PG_SYSTEM_URL: 'postgres://par_system:par_system@127.0.0.1:55432/par',
  PAR_PG_ADMIN_URL: 'postgres://par_admin:par_admin@127.0.0.1:55432/postgres',
} as const;

/** Connection URLs from PAR_PG_* with the local-stack defaults. */
export function pgUrlsFromEnv(env: NodeJS.ProcessEnv = process.env) {
  return {
    appUrl: env['PAR_PG_URL'] || DEFAULT_PG_ENV.PAR_PG_URL,
    ownerUrl: env['PAR_PG_OWNER_URL'] || DEFAULT_PG_ENV.PAR_PG_OWNER_URL,
    systemUrl: env['PAR_PG_SYSTEM_URL'] || DEFAULT_PG_ENV.PAR_PG_SYSTEM_URL,
    adminUrl: env['PAR_PG_ADMIN_URL'] || DEFAULT_PG_ENV.PAR_PG_ADMIN_URL,
  };
}

/** PostgreSQL from PAR_PG_URL / PAR_PG_SYSTEM_URL / PAR_PG_OWNER_URL (pool size from PAR_PG_POOL_SIZE). */
export function databaseFromEnv(): Promise<Database> {
  const { appUrl, ownerUrl, systemUrl } = pgUrlsFromEnv();
  const poolSize = Number(process.env['PAR_PG_POOL_SIZE'] || 10);
  return createPostgresDatabase({ appUrl, ownerUrl, systemUrl, poolSize });
}
