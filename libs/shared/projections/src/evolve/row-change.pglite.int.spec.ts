import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPgliteDatabase, type Database } from '@par/database';
import { applyRowChanges, deleteWhere, updateRow, upsert } from './row-change';

/** The three kinds of row change on a real (PGlite) table with NOT NULL columns, as projections write them. */
describe('applyRowChanges (PGlite)', () => {
  let db: Database;
  const keys = { results: ['cycle_id', 'unit_id'] };
  beforeAll(async () => {
    db = await createPgliteDatabase();
    await db.migrate('rm', [
      {
        name: '0001-results',
        sql: `CREATE TABLE {{schema}}.results (cycle_id text NOT NULL, unit_id text NOT NULL, name text NOT NULL,
          total numeric NOT NULL, rank int NOT NULL, components jsonb, PRIMARY KEY (cycle_id, unit_id));
          COMMENT ON TABLE {{schema}}.results IS 'par:not-province-data: a test table of row changes'`,
      },
    ]);
  });
  afterAll(async () => {
    await db.close();
  });
  const rows = () =>
    db.asSystem(async (tx) => (await tx.query(`SELECT unit_id, name, total::float AS total, rank FROM rm.results ORDER BY unit_id`)).rows);

  it('upserts whole rows, updates some columns of existing rows only, and deletes by columns', async () => {
    await db.asSystem((tx) =>
      applyRowChanges(tx, 'rm', keys, [
        upsert('results', { cycle_id: 'c', unit_id: 'u1', name: 'Xã A', total: 80, rank: 1 }),
        upsert('results', { cycle_id: 'c', unit_id: 'u2', name: 'Xã B', total: 70, rank: 2 }),
      ]),
    );
    // a partial upsert would fail on the NOT NULL columns even when the row exists (PostgreSQL checks the insert first)
    await expect(
      db.asSystem((tx) => applyRowChanges(tx, 'rm', keys, [upsert('results', { cycle_id: 'c', unit_id: 'u2', rank: 1 })])),
    ).rejects.toThrow(/null value/);
    await db.asSystem((tx) =>
      applyRowChanges(tx, 'rm', keys, [
        upsert('results', { cycle_id: 'c', unit_id: 'u2', name: 'Xã B', total: 90, rank: 1 }),
        updateRow('results', { cycle_id: 'c', unit_id: 'u1', rank: 2 }),
        updateRow('results', { cycle_id: 'c', unit_id: 'u9', rank: 3 }),
      ]),
    );
    expect(await rows()).toEqual([
      { unit_id: 'u1', name: 'Xã A', total: 80, rank: 2 },
      { unit_id: 'u2', name: 'Xã B', total: 90, rank: 1 },
    ]);
    await expect(db.asSystem((tx) => applyRowChanges(tx, 'rm', keys, [updateRow('results', { unit_id: 'u1', rank: 5 })]))).rejects.toThrow(
      'update of rm.results without its key column(s) cycle_id',
    );
    await db.asSystem((tx) => applyRowChanges(tx, 'rm', keys, [deleteWhere('results', { cycle_id: 'c' })]));
    expect(await rows()).toEqual([]);
  });

  it('writes a run of upserts in one statement (numbers, JSON), a key repeated in the run keeping the last row', async () => {
    const statements: string[] = [];
    await db.asSystem(async (tx) => {
      const counting = { ...tx, query: (sql: string, params?: unknown[]) => (statements.push(sql), tx.query(sql, params)) } as typeof tx;
      await applyRowChanges(counting, 'rm', keys, [
        ...Array.from({ length: 50 }, (_, i) =>
          upsert('results', {
            cycle_id: 'm',
            unit_id: `u${i}`,
            name: `Xã ${i}`,
            total: i + 0.25,
            rank: 50 - i,
            components: [{ code: '1', points: i }],
          }),
        ),
        upsert('results', { cycle_id: 'm', unit_id: 'u0', name: 'Xã 0 mới', total: 99.5, rank: 1, components: { moved: true } }),
      ]);
    });
    expect(statements).toHaveLength(2);
    const rows = (
      await db.asSystem((tx) =>
        tx.query<{ unit_id: string; name: string; total: number; components: unknown }>(
          `SELECT unit_id, name, total::float AS total, components FROM rm.results WHERE cycle_id = 'm' ORDER BY total DESC`,
        ),
      )
    ).rows;
    expect(rows).toHaveLength(50);
    expect(rows[0]).toEqual({ unit_id: 'u0', name: 'Xã 0 mới', total: 99.5, components: { moved: true } });
    expect(rows[1]).toEqual({ unit_id: 'u49', name: 'Xã 49', total: 49.25, components: [{ code: '1', points: 49 }] });
  });
});
