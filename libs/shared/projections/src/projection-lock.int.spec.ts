/*
 * A projection's live consumer pauses while a rebuild holds the schema's projection lock, and resumes afterwards
 * without losing the message: on real PostgreSQL (an advisory lock shared between processes) and on PGlite (an
 * in-process readers–writer lock taken outside the transaction queue).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { ProvinceId } from '@par/kernel';
import { createPgliteDatabase, createPostgresDatabase, pgUrlsFromEnv, rlsTableSql, type Database } from '@par/database';
import { createInProcessBus, HEADERS, type MessageBus } from '@par/messaging';
import { projectionLockKey, projectionMigrations, startProjection, type Projection } from './index';

const A = 'tinh-a' as ProvinceId;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
] as const)('projection lock (%s)', (_label, kind) => {
  const schema = `plock_${Date.now().toString(36)}`;
  let db: Database;
  let bus: MessageBus;
  let projection: Projection;

  beforeAll(async () => {
    db = kind === 'postgres' ? await createPostgresDatabase({ ...pgUrlsFromEnv() }) : await createPgliteDatabase();
    await db.migrate(schema, [
      ...projectionMigrations(schema),
      {
        name: '0100-seen',
        sql: `CREATE TABLE {{schema}}.seen (province text NOT NULL, n int NOT NULL, PRIMARY KEY (province, n));\n${rlsTableSql('{{schema}}.seen')}`,
      },
    ]);
    bus = createInProcessBus();
    projection = await startProjection({
      name: 'test.seen',
      schema,
      db,
      bus,
      topics: ['t'],
      handle: async (tx, m) => {
        await tx.query(`INSERT INTO ${schema}.seen (province, n) VALUES ($1, $2)`, [A, (m.value as { n: number }).n]);
      },
    });
  });

  afterAll(async () => {
    await projection.stop();
    await bus.close();
    await db.close();
    if (kind !== 'postgres') return;
    const admin = new pg.Client({ connectionString: pgUrlsFromEnv().adminUrl.replace(/\/postgres$/, '/par') });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  const publish = (n: number) =>
    bus.publish([{ topic: 't', key: 's', value: { n, province: A }, headers: { [HEADERS.province]: A, [HEADERS.eventId]: randomUUID() } }]);
  const seen = async () =>
    (await db.withProvince(A, (tx) => tx.query<{ n: number }>(`SELECT n FROM ${schema}.seen ORDER BY n`))).rows.map((r) => r.n);
  const until = async (want: number[]) => {
    for (let i = 0; i < 100 && JSON.stringify(await seen()) !== JSON.stringify(want); i++) await sleep(50);
    expect(await seen()).toEqual(want);
  };

  it('waits while the exclusive side is held, then applies what arrived meanwhile', async () => {
    await publish(1);
    await until([1]);
    await db.withExclusiveLock(projectionLockKey(schema), async () => {
      await publish(2);
      await sleep(800);
      expect(await seen()).toEqual([1]); // the consumer is waiting on the lock, not applying
    });
    await until([1, 2]);
  });

  it('the exclusive side waits for a message transaction in flight', async () => {
    const order: string[] = [];
    // Hold the shared side as a consumer transaction would, for a while.
    const consumerTx = db.withProvince(
      A,
      async () => {
        await sleep(500);
        order.push('consumer done');
      },
      { sharedLock: projectionLockKey(schema) },
    );
    await sleep(100);
    await db.withExclusiveLock(projectionLockKey(schema), async () => {
      order.push('rebuild started');
    });
    await consumerTx;
    expect(order).toEqual(['consumer done', 'rebuild started']);
  });

  // PGlite has no sessions to lose: this case exists on PostgreSQL only.
  if (kind === 'postgres')
    it('tells the holder when the lock is lost with its session', async () => {
      const admin = new pg.Client({ connectionString: pgUrlsFromEnv().adminUrl.replace(/\/postgres$/, '/par') });
      await admin.connect();
      try {
        const key = projectionLockKey(schema);
        const outcome = db.withExclusiveLock(key, async (lock) => {
          await lock.assertHeld();
          await admin.query(
            `SELECT pg_terminate_backend(pid) FROM pg_locks
            WHERE locktype = 'advisory' AND classid = hashtext('par:lock')::oid AND objid = hashtext($1)::oid AND mode = 'ExclusiveLock'`,
            [key],
          );
          await sleep(200);
          await lock.assertHeld();
        });
        await expect(outcome).rejects.toThrow(/was lost/);
        // The database is still usable, and the lock can be taken again.
        await db.withExclusiveLock(key, (lock) => lock.assertHeld());
      } finally {
        await admin.end();
      }
    });
});
