import { describe, expect, it } from '@jest/globals';
import { provinceId } from '@par/kernel';
import { createPgliteDatabase, type Database, type Sql } from '@par/database';
import { projectionMigrations } from '@par/projections';
import { reportingMigrations } from '../reporting.migrations';
import { atEventPositions, POSITION_TRIES, readEventPositions } from './event-positions';

const BK = provinceId('bac-kan');
const checkpoint = (tx: Sql, projection: string, topic: string, partition: number, offset: number) =>
  tx.query(
    `INSERT INTO reporting.projection_checkpoints (projection, topic, partition, "offset") VALUES ($1, $2, $3, $4)
     ON CONFLICT (projection, topic, partition) DO UPDATE SET "offset" = EXCLUDED."offset"`,
    [projection, topic, partition, offset],
  );

async function withCheckpoints(run: (db: Database) => Promise<void>): Promise<void> {
  const db = await createPgliteDatabase();
  try {
    await db.migrate('reporting', [...projectionMigrations('reporting'), ...reportingMigrations()]);
    await db.withProvince(BK, async (tx) => {
      await checkpoint(tx, 'reporting.scores', 'par.assessments.v1', 1, 41);
      await checkpoint(tx, 'reporting.catalog', 'par.frameworks.v1', 0, 7);
      await checkpoint(tx, 'reporting.scores', 'par.assessments.v1', 0, 9);
    });
    await run(db);
  } finally {
    await db.close();
  }
}

describe('event positions of a report (PGlite)', () => {
  it('reads every projection checkpoint, in a stable order, offsets as decimal strings', () =>
    withCheckpoints(async (db) => {
      expect(await db.withProvince(BK, (tx) => readEventPositions(tx))).toEqual([
        { projection: 'reporting.catalog', topic: 'par.frameworks.v1', partition: 0, offset: '7' },
        { projection: 'reporting.scores', topic: 'par.assessments.v1', partition: 0, offset: '9' },
        { projection: 'reporting.scores', topic: 'par.assessments.v1', partition: 1, offset: '41' },
      ]);
    }));

  it('reads the sources again when a projection committed while they were read, and returns the positions they match', () =>
    withCheckpoints(async (db) => {
      let reads = 0;
      const r = await db.withProvince(BK, (tx) =>
        atEventPositions(tx, async () => {
          reads++;
          // the first read races a projection that applies offset 42
          if (reads === 1) await checkpoint(tx, 'reporting.scores', 'par.assessments.v1', 1, 42);
          return `read ${reads}`;
        }),
      );
      expect(r.value).toBe('read 2');
      expect(r.positions.find((p) => p.partition === 1)?.offset).toBe('42');
    }));

  it('refuses with REPORT_SOURCE_CHANGING when the projections commit during every read', () =>
    withCheckpoints(async (db) => {
      let offset = 100;
      let reads = 0;
      const run = db.withProvince(BK, (tx) =>
        atEventPositions(tx, async () => {
          reads++;
          await checkpoint(tx, 'reporting.scores', 'par.assessments.v1', 0, offset++);
        }),
      );
      await expect(run).rejects.toMatchObject({ code: 'REPORT_SOURCE_CHANGING' });
      expect(reads).toBe(POSITION_TRIES);
    }));
});
