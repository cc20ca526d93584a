export type { Database, HeldLock, Migration, ProvinceCall, ProvinceTxOptions, QueryOptions, Roles, Sql } from './database';
export { createPostgresDatabase, databaseFromEnv, pgUrlsFromEnv, DEFAULT_PG_ENV } from './postgres';
export type { PostgresDatabaseOptions } from './postgres';
export { createPgliteDatabase } from './pglite';
export type { PgliteDatabaseOptions, PgliteDatabase } from './pglite';
export { rlsTableSql, renderMigrationSql, assertIdent, NOT_PROVINCE_DATA } from './migrations';
export { isConnectionError, isRetryableBeforeCommit } from './errors';
export {
  PLATFORM_SCHEMA,
  PLATFORM_MIGRATIONS,
  migrateTenantRegistry,
  listTenants,
  readTenantIssuers,
  saveTenant,
} from './platform/tenant-registry';
export type { TenantChange, TenantRecord, TenantStatus } from './platform/tenant-registry';
