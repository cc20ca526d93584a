import { assertIdent } from '@par/database';

/**
 * Name of the lock between the live consumers of a read-model schema (shared side, one message transaction at a
 * time) and a rebuild of any projection in it (exclusive side, for the whole rebuild). Per schema, not per
 * projection: a service's projections read and write each other's tables (e.g. ranking's catalog projection
 * rewrites the results its scores projection owns), so all of the service's consumers pause during a rebuild.
 */
export function projectionLockKey(schema: string): string {
  return `projections:${assertIdent(schema, 'schema name')}`;
}
