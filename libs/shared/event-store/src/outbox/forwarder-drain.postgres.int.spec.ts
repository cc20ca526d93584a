/*
 * Forwarder.drain() on real PostgreSQL: it waits for every event committed before the call, even while an
 * unrelated transaction holds the readers' snapshot back (the forwarder cannot see past its xid until it ends),
 * and it gives up after its timeout instead of hanging.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { ProvinceId } from '@par/kernel';
import { createPostgresDatabase, pgUrlsFromEnv, type Database } from '@par/database';
import { createInProcessBus, type IncomingMessage, type MessageBus } from '@par/messaging';
import { createEventStore, eventMessage, eventStoreMigrations, startForwarder, type EventStore, type Forwarder } from '../index';

const A = 'tinh-a' as ProvinceId;

describe('Forwarder.drain (PostgreSQL)', () => {
  const schema = `drain_${Date.now().toString(36)}`;
  let db: Database;
  let bus: MessageBus;
  let store: EventStore;
  let fwd: Forwarder;
  let admin: pg.Client;
  const got: IncomingMessage[] = [];

  beforeAll(async () => {
    db = await createPostgresDatabase({ ...pgUrlsFromEnv() });
    await db.migrate(schema, eventStoreMigrations(schema));
    store = createEventStore(db, { schema });
    bus = createInProcessBus();
    await bus.subscribe({ groupId: 'drain-test', topics: ['t'], fromBeginning: true, handle: async (m) => void got.push(m) });
    fwd = await startForwarder({ name: 'fwd', db, store, bus, toMessage: (e) => eventMessage('t', e), pollIntervalMs: 50 });
    admin = new pg.Client({ connectionString: pgUrlsFromEnv().adminUrl.replace(/\/postgres$/, '/par') });
    await admin.connect();
  });

  afterAll(async () => {
    await fwd.stop();
    await bus.close();
    await db.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  const append = (stream: string) =>
    store.append(stream, [{ type: 'Noted', data: { n: 1 } }], {
      expectedVersion: 'any',
      context: { province: A, actor: { id: 'u', roles: ['unit_officer'] }, correlationId: randomUUID() },
      occurredAt: new Date(),
    });

  it('resolves once everything committed before the call is published', async () => {
    const { events } = await append('s-1');
    await fwd.drain(10_000);
    expect(got.map((m) => (m.value as { id: string }).id)).toContain(events[0]!.id);
  });

  it('does not return early while an older transaction holds the snapshot back, and times out instead of hanging', async () => {
    const blocker = new pg.Client({ connectionString: pgUrlsFromEnv().adminUrl.replace(/\/postgres$/, '/par') });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT pg_current_xact_id()'); // an xid older than the append's: readers stop below it
      const { events } = await append('s-2');
      const id = events[0]!.id;
      await expect(fwd.drain(1_000)).rejects.toThrow(/1 event\(s\) committed before drain\(\) still unpublished/);
      expect(got.map((m) => (m.value as { id: string }).id)).not.toContain(id);
      await blocker.query('COMMIT');
      await fwd.drain(10_000);
      expect(got.map((m) => (m.value as { id: string }).id)).toContain(id);
    } finally {
      await blocker.end();
    }
  });
});
