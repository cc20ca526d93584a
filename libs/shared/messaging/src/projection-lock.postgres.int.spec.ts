/*
 * A projection's live consumer pauses while its rebuild holds the projection lock (real PostgreSQL: the lock is
 * an advisory lock shared between processes), and resumes afterwards without losing the message.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { ProvinceId } from '@par/kernel';
import { createPostgresDatabase, pgUrlsFromEnv, rlsTableSql, type Database } from '@par/database';
import {
  createInProcessBus,
  HEADERS,
  projectionLockKey,
  projectionMigrations,
  startProjection,
  type MessageBus,
  type Projection,
} from './index';

const A = 'tinh-a' as ProvinceId;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('projection lock (PostgreSQL)', () => {
  const schema = `plock_${Date.now().toString(36)}`;
  let db: Database;
  let bus: MessageBus;
  let projection: Projection;

  beforeAll(async () => {
    db = await createPostgresDatabase({ ...pgUrlsFromEnv() });
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
    await db.withExclusiveLock(projectionLockKey(schema, 'test.seen'), async () => {
      await publish(2);
      await sleep(800);
      expect(await seen()).toEqual([1]); // the consumer is waiting on the lock, not applying
    });
    await until([1, 2]);
  });

  it('the exclusive side waits for a message transaction in flight', async () => {
    const order: string[] = [];
    // Hold the shared side as a consumer transaction would, for a while.
    const consumerTx = db.withProvince(A, async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock_shared(hashtext('par:lock'), hashtext($1))`, [projectionLockKey(schema, 'test.seen')]);
      await sleep(500);
      order.push('consumer done');
    });
    await sleep(100);
    await db.withExclusiveLock(projectionLockKey(schema, 'test.seen'), async () => {
      order.push('rebuild started');
    });
    await consumerTx;
    expect(order).toEqual(['consumer done', 'rebuild started']);
  });
});
