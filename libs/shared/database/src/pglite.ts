import { PGlite, type Transaction } from '@electric-sql/pglite';
import { provinceId, type ProvinceId } from '@par/kernel';
import type { Database, HeldLock, Migration, ProvinceCall, ProvinceTxOptions, QueryOptions, Roles, Sql } from './database';
import { runMigrations } from './migrations';
import { provinceCallSql } from './province-call';
import { RwLock } from './rw-lock';

export interface PgliteDatabaseOptions {
  /** Directory for a persistent database; in memory when omitted. */
  dataDir?: string;
}

const ROLES: Roles = { app: 'par_app', system: 'par_system' };

/** PGlite has one connection: transactions are queued and run one at a time. */
class Queue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

function wrap(t: Transaction): Sql {
  return {
    async query<R>(text: string, params?: unknown[], options?: QueryOptions) {
      if ((!params || params.length === 0) && !options?.rowMode) {
        // exec allows several statements (migrations); return the last result like node-pg does.
        const results = await t.exec(text);
        const last = results[results.length - 1];
        return { rows: (last?.rows ?? []) as R[], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
      }
      const r = await t.query<R>(text, params ?? [], options?.rowMode ? { rowMode: options.rowMode } : undefined);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
  };
}

/**
 * In-process PostgreSQL (PGlite). The superuser session switches to the par_app / par_system roles with
 * SET LOCAL ROLE inside each transaction, so RLS is enforced exactly as on a server (par_app is NOSUPERUSER
 * NOBYPASSRLS and owns nothing). Caveat: SQL run inside a transaction could RESET ROLE, because the session
 * user is a superuser; on a real server it cannot. Do not nest withProvince/asSystem calls (single connection).
 */
export interface PgliteDatabase extends Database {
  readonly kind: 'pglite';
  /** The underlying PGlite (superuser session). For tests and tooling only: bypasses RLS and the queue. */
  readonly pglite: PGlite;
}

export async function createPgliteDatabase(opts: PgliteDatabaseOptions = {}): Promise<PgliteDatabase> {
  const pg = await PGlite.create(opts.dataDir ? { dataDir: opts.dataDir } : {});
  await pg.exec(`
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'par_app') THEN
        CREATE ROLE par_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'par_system') THEN
        CREATE ROLE par_system NOLOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
    END $$;
  `);
  const queue = new Queue();
  let closed = false;
  // Named locks are taken OUTSIDE the transaction queue: a transaction waiting in the queue for a lock would
  // block every other transaction, including the lock holder's.
  const locks = new Map<string, RwLock>();
  const lockOf = (key: string) => locks.get(key) ?? locks.set(key, new RwLock()).get(key)!;
  const held: HeldLock = { assertHeld: () => Promise.resolve() };

  const tx = <T>(role: string | null, province: ProvinceId | null, fn: (tx: Sql) => Promise<T>): Promise<T> =>
    queue.run(async () => {
      if (closed) throw new Error('Database is closed');
      return pg.transaction(async (t) => {
        if (role) await t.query(`SET LOCAL ROLE ${role}`);
        if (province) await t.query(`SELECT set_config('app.province', $1, true)`, [province]);
        return fn(wrap(t));
      });
    });

  return {
    kind: 'pglite',
    pglite: pg,
    withProvince<T>(province: ProvinceId, fn: (tx: Sql) => Promise<T>, options?: ProvinceTxOptions) {
      const p = provinceId(province);
      const lock = options?.sharedLock;
      return lock === undefined ? tx(ROLES.app, p, fn) : lockOf(lock).shared(() => tx(ROLES.app, p, fn));
    },
    async callInProvince<R>(province: ProvinceId, call: ProvinceCall) {
      const p = provinceId(province);
      const text = provinceCallSql(call);
      // In-process: no round trips to save; the same statement, in a transaction as the application role.
      return tx(ROLES.app, null, async (t) => (await t.query<R>(text, [p, ...call.values])).rows);
    },
    withExclusiveLock<T>(key: string, fn: (lock: HeldLock) => Promise<T>) {
      return lockOf(key).exclusive(() => fn(held));
    },
    asSystem<T>(fn: (tx: Sql) => Promise<T>) {
      return tx(ROLES.system, null, fn);
    },
    async migrate(schema: string, migrations: readonly Migration[]) {
      await runMigrations((fn) => tx(null, null, fn), schema, migrations, ROLES);
    },
    async close() {
      await queue.run(async () => {
        closed = true;
        await pg.close();
      });
    },
  };
}
