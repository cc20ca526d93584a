/* Real PostgreSQL for int tests: PAR_PG_* URLs (see @par/database pgUrlsFromEnv). Test-only. */
import pg from 'pg';
import { createPostgresDatabase, pgUrlsFromEnv, type Database } from '@par/database';

export async function adminQuery(sql: string, params?: unknown[]): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: pgUrlsFromEnv().adminUrl.replace(/\/postgres$/, '/par') });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

export async function createTestPostgres(poolSize = 10): Promise<{ db: Database; dropSchemas(...schemas: string[]): Promise<void> }> {
  const urls = pgUrlsFromEnv();
  const db = await createPostgresDatabase({ ...urls, poolSize });
  return {
    db,
    async dropSchemas(...schemas) {
      for (const s of schemas) await adminQuery(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    },
  };
}
