/*
 * PostgreSQL restarted under a running service: the pool reconnects and transactions that failed before
 * COMMIT are retried. Restarts the server, so it runs only with PAR_FAULT_TESTS=1.
 * Restart command: PAR_PG_RESTART_CMD (default `bash infra/local/restart.sh postgres`).
 */
import { execSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import type { ProvinceId } from '@par/kernel';
import { createPostgresDatabase, pgUrlsFromEnv, rlsTableSql } from './index';

const enabled = process.env['PAR_FAULT_TESTS'] === '1';
const restartCmd = process.env['PAR_PG_RESTART_CMD'] || 'bash infra/local/restart.sh postgres';

(enabled ? describe : describe.skip)('PostgreSQL restart (fault)', () => {
  it('keeps working across a server restart without recreating the Database', async () => {
    const db = await createPostgresDatabase({ ...pgUrlsFromEnv(), retries: 12 });
    const schema = `fault_${Date.now().toString(36)}`;
    const p = 'tinh-a' as ProvinceId;
    try {
      await db.migrate(schema, [
        {
          name: '0001',
          sql: `CREATE TABLE {{schema}}.ticks (province text NOT NULL, n int NOT NULL, PRIMARY KEY (province, n));\n${rlsTableSql('{{schema}}.ticks')}`,
        },
      ]);
      let n = 0;
      let failures = 0;
      let running = true;
      const writer = (async () => {
        while (running) {
          const k = n + 1;
          try {
            await db.withProvince(p, (tx) => tx.query(`INSERT INTO ${schema}.ticks (province, n) VALUES ($1, $2)`, [p, k]));
            n = k;
          } catch {
            failures += 1; // only a failure during COMMIT may surface (outcome unknown)
            const r = await db.withProvince(p, (tx) => tx.query(`SELECT 1 FROM ${schema}.ticks WHERE n = $1`, [k]));
            if (r.rows.length > 0) n = k;
          }
          await new Promise((r) => setTimeout(r, 10));
        }
      })();
      await new Promise((r) => setTimeout(r, 300));
      const before = n;
      execSync(restartCmd, { stdio: 'inherit' });
      const afterRestart = n;
      await new Promise((r) => setTimeout(r, 1500));
      running = false;
      await writer;
      expect(n).toBeGreaterThan(afterRestart);
      const { rows } = await db.withProvince(p, (tx) => tx.query<{ c: string }>(`SELECT count(*)::text AS c FROM ${schema}.ticks`));
      expect(Number(rows[0]!.c)).toBe(n);
      console.log(`pg restart: ${before} rows before, ${n} after, ${failures} surfaced failures`);
    } finally {
      await db.asSystem((tx) => tx.query('SELECT 1')).catch(() => undefined);
      await db.close();
      const { adminUrl } = pgUrlsFromEnv();
      const pg = await import('pg');
      const c = new pg.default.Client({ connectionString: adminUrl.replace(/\/postgres$/, '/par') });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    }
  });
});
