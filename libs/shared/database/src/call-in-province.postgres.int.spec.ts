/*
 * Database.callInProvince on the real server: one statement, its own transaction, the province set for it
 * (RLS applies), and a lost connection re-run only with the caller's idempotent retry values.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { ProvinceId } from '@par/kernel';
import { createPostgresDatabase, pgUrlsFromEnv, rlsTableSql, type Database } from './index';

const A = 'tinh-a' as ProvinceId;
const B = 'tinh-b' as ProvinceId;

describe('Database.callInProvince (PostgreSQL)', () => {
  const schema = `call_${Date.now().toString(36)}`;
  let db: Database;
  let admin: pg.Client;

  beforeAll(async () => {
    db = await createPostgresDatabase({ ...pgUrlsFromEnv(), retries: 3 });
    await db.migrate(schema, [
      {
        name: '0001',
        sql: `
CREATE TABLE {{schema}}.notes (province text NOT NULL, n int NOT NULL, PRIMARY KEY (province, n));
${rlsTableSql('{{schema}}.notes')}
-- Inserts n for the session's province (RLS checks it); sleeps first when asked, so a test can cut it off.
CREATE FUNCTION {{schema}}.add_note(p_province text, p_n int, p_sleep float8)
RETURNS TABLE (province text, n int, session_province text) LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_sleep(p_sleep);
  RETURN QUERY INSERT INTO {{schema}}.notes AS t VALUES (p_province, p_n)
    RETURNING t.province, t.n, current_setting('app.province', true);
END $fn$;
GRANT EXECUTE ON FUNCTION {{schema}}.add_note(text, int, float8) TO {{app_role}};
`,
      },
    ]);
    admin = new pg.Client({ connectionString: pgUrlsFromEnv().adminUrl.replace(/\/postgres$/, '/par') });
    await admin.connect();
  });

  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
    await db.close();
  });

  const add = (province: ProvinceId, n: number, sleep = 0, retryN?: number) =>
    db.callInProvince<{ province: string; n: number; session_province: string }>(province, {
      fn: `${schema}.add_note`,
      types: ['int', 'float8'],
      values: [n, sleep],
      ...(retryN === undefined ? {} : { retryValues: [retryN, 0] }),
    });

  it('runs with app.province set to the given province and commits on its own', async () => {
    expect(await add(A, 1)).toEqual([{ province: A, n: 1, session_province: A }]);
    const { rows } = await admin.query(`SELECT province, n FROM ${schema}.notes`);
    expect(rows).toEqual([{ province: A, n: 1 }]);
    const seen = await db.withProvince(B, (tx) => tx.query(`SELECT n FROM ${schema}.notes`));
    expect(seen.rows).toEqual([]);
  });

  it('re-runs a call cut off mid-flight with the retry values, and without them reports the failure', async () => {
    const cut = async (n: number) => {
      for (let i = 0; i < 100; i++) {
        const { rows } = await admin.query(
          `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()`,
          [`%${schema}.add_note%`],
        );
        if (rows.length > 0) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`call ${n} never showed up in pg_stat_activity`);
    };
    const [retried] = await Promise.all([add(A, 10, 5, 11), cut(10)]);
    expect(retried).toEqual([{ province: A, n: 11, session_province: A }]);
    const [failed] = await Promise.allSettled([add(A, 20, 5), cut(20)]);
    expect(failed.status).toBe('rejected');
    const { rows } = await admin.query(`SELECT n FROM ${schema}.notes WHERE n >= 10 ORDER BY n`);
    expect(rows).toEqual([{ n: 11 }]); // the cut-off calls committed nothing
  });

  it('refuses a function name or type that is not a plain identifier', async () => {
    await expect(db.callInProvince(A, { fn: `${schema}.add_note; DROP TABLE x`, types: [], values: [] })).rejects.toThrow(/function name/);
    await expect(db.callInProvince(A, { fn: `${schema}.add_note`, types: ['int); --'], values: [1] })).rejects.toThrow(/SQL type/);
  });
});
