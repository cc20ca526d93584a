import { randomUUID } from 'node:crypto';
import { createPgliteDatabase, rlsTableSql, type Database } from '@par/database';
import { createEventStore, eventMessage, eventStoreMigrations, type StoredEvent } from '@par/event-store';
import { projectionMigrations } from '../projection';
import type { ProvinceId, RequestContext } from '@par/kernel';
import { rebuildProjection } from './rebuild-projection';
import type { RegisteredProjection } from './registered-projection';

/** An event the projection's handler refuses (the live consumer would dead-letter it) is skipped, not fatal. */
describe('rebuildProjection (PGlite)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createPgliteDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('skips and reports an event its handler refuses, and applies the others', async () => {
    const province = 'tinh-a' as ProvinceId;
    await db.migrate('src', eventStoreMigrations('src'));
    await db.migrate('rm', [
      ...projectionMigrations('rm'),
      {
        name: '0001-notes',
        sql: `CREATE TABLE {{schema}}.notes (province text NOT NULL, n int NOT NULL, PRIMARY KEY (province, n));\n${rlsTableSql('{{schema}}.notes')}`,
      },
    ]);
    const store = createEventStore(db, { schema: 'src' });
    const ctx: RequestContext = { province, actor: { id: 'a', roles: ['dha_admin'] }, correlationId: randomUUID() };
    for (const n of [1, 2, 3]) {
      await store.append(`s-${n}`, [{ type: 'Noted', data: { n } }], {
        expectedVersion: 'no_stream',
        context: ctx,
        occurredAt: new Date(),
      });
    }
    const projection: RegisteredProjection = {
      name: 'rm.notes',
      service: 'test',
      schema: 'rm',
      producers: [
        {
          service: 'assessments',
          schema: 'src',
          topic: 'par.test.v1',
          toMessage: (e: StoredEvent) => eventMessage('par.test.v1', e),
          openStore: () => store,
        },
      ],
      spec: {
        name: 'notes',
        topics: ['par.test.v1'],
        owns: ['notes'],
        description: 'test',
        handle: async (tx, m) => {
          const n = (m.value as { data: { n: number } }).data.n;
          if (n === 2) throw new Error('refused');
          await tx.query(`INSERT INTO rm.notes (province, n) VALUES ($1, $2)`, [province, n]);
        },
      },
    };
    const summary = await rebuildProjection(db, projection);
    expect(summary.applied).toBe(2);
    expect(summary.failed).toEqual([expect.objectContaining({ error: 'refused' })]);
    const rows = await db.withProvince(province, (tx) => tx.query<{ n: number }>(`SELECT n FROM rm.notes ORDER BY n`));
    expect(rows.rows.map((r) => r.n)).toEqual([1, 3]);
  });
});
