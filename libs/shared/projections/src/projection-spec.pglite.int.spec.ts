import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ProvinceId } from '@par/kernel';
import { createPgliteDatabase, type Database } from '@par/database';
import { clearProcessed, markProcessed, projectionMigrations } from './index';

const A = 'tinh-a' as ProvinceId;
const B = 'tinh-b' as ProvinceId;

describe('projection bookkeeping helpers (PGlite)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createPgliteDatabase();
    await db.migrate('rm', projectionMigrations('rm'));
  });
  afterAll(async () => {
    await db.close();
  });

  const count = () =>
    db.asSystem(async (tx) =>
      (
        await tx.query<{ projection: string; province: string; n: string }>(
          `SELECT projection, province, count(*)::text AS n FROM rm.processed_events GROUP BY 1, 2 ORDER BY 1, 2`,
        )
      ).rows.map((r) => `${r.projection}/${r.province}=${r.n}`),
    );

  it('markProcessed is true once per (province, projection, event id)', async () => {
    expect(await db.withProvince(A, (tx) => markProcessed(tx, 'rm', 'svc.p', A, 'e1'))).toBe(true);
    expect(await db.withProvince(A, (tx) => markProcessed(tx, 'rm', 'svc.p', A, 'e1'))).toBe(false);
    expect(await db.withProvince(A, (tx) => markProcessed(tx, 'rm', 'svc.q', A, 'e1'))).toBe(true);
    expect(await db.withProvince(B, (tx) => markProcessed(tx, 'rm', 'svc.p', B, 'e1'))).toBe(true);
    expect(await db.withProvince(B, (tx) => markProcessed(tx, 'rm', 'svc.p', B, 'e2'))).toBe(true);
    expect(await count()).toEqual(['svc.p/tinh-a=1', 'svc.p/tinh-b=2', 'svc.q/tinh-a=1']);
  });

  it('clearProcessed forgets one projection, in one province or all, and nothing else', async () => {
    expect(await db.asSystem((tx) => clearProcessed(tx, 'rm', 'svc.p', B))).toBe(2);
    expect(await count()).toEqual(['svc.p/tinh-a=1', 'svc.q/tinh-a=1']);
    expect(await db.asSystem((tx) => clearProcessed(tx, 'rm', 'svc.p'))).toBe(1);
    expect(await count()).toEqual(['svc.q/tinh-a=1']);
    expect(await db.withProvince(A, (tx) => markProcessed(tx, 'rm', 'svc.p', A, 'e1'))).toBe(true);
  });

  it('rejects a schema name that is not a plain identifier', async () => {
    await expect(db.asSystem((tx) => clearProcessed(tx, 'rm; drop', 'x'))).rejects.toThrow(/Invalid schema name/);
  });
});
