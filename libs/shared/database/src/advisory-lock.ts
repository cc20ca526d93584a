/**
 * Named locks on PostgreSQL advisory locks: two int4 keys, a fixed namespace and the name's hash. The same
 * expressions are used to take a lock and to find it in pg_locks (classid/objid are the keys as oid).
 */
export const LOCK_NAMESPACE = `hashtext('par:lock')`;

export const SHARED_XACT_LOCK_SQL = `pg_advisory_xact_lock_shared(${LOCK_NAMESPACE}, hashtext($2))`;

export const EXCLUSIVE_LOCK_SQL = `SELECT pg_advisory_lock(${LOCK_NAMESPACE}, hashtext($1))`;

export const UNLOCK_SQL = `SELECT pg_advisory_unlock(${LOCK_NAMESPACE}, hashtext($1))`;

export const HELD_SQL = `SELECT count(*)::int AS n FROM pg_locks
  WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND mode = 'ExclusiveLock' AND granted
    AND classid = ${LOCK_NAMESPACE}::oid AND objid = hashtext($1)::oid AND objsubid = 2`;
