import type { Sql } from './database';

/** Both sides name a lock by text; PostgreSQL advisory locks take two int4 keys: a namespace and the name's hash. */
export const LOCK_NAMESPACE = `hashtext('par:lock')`;

/**
 * Takes the SHARED side of the advisory lock `key` until the end of the current transaction: many
 * transactions can hold it at once; it waits while `Database.withExclusiveLock(key)` holds the exclusive side.
 */
export async function takeSharedLock(tx: Sql, key: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock_shared(${LOCK_NAMESPACE}, hashtext($1))`, [key]);
}
