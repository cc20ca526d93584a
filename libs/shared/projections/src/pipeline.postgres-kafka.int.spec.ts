import { randomUUID } from 'node:crypto';
import { createPostgresDatabase, pgUrlsFromEnv, type Database } from '@par/database';
import pg from 'pg';
import { createKafkaBus, kafkaBrokersFromEnv } from '@par/messaging';
import { deleteTestTopics } from '@par/messaging/testing';
import { pipelineContract } from './testing/pipeline-contract';

afterAll(() => deleteTestTopics(/^par\.pipeline-/));

async function dropSchemasCreatedBy(db: Database, schemas: Set<string>) {
  const c = new pg.Client({ connectionString: pgUrlsFromEnv().adminUrl.replace(/\/postgres$/, '/par') });
  await c.connect();
  try {
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  } finally {
    await c.end();
    await db.close();
  }
}

pipelineContract(
  'PostgreSQL + Kafka',
  async () => {
    const real = await createPostgresDatabase(pgUrlsFromEnv());
    const schemas = new Set<string>();
    const db: Database = {
      ...real,
      migrate: async (s, m) => {
        schemas.add(s);
        await real.migrate(s, m);
      },
    };
    const bus = createKafkaBus({
      brokers: kafkaBrokersFromEnv(),
      clientId: `par-pipeline-${randomUUID().slice(0, 8)}`,
      lagIntervalMs: 500,
    });
    return {
      db,
      bus,
      cleanup: async () => {
        await bus.close();
        await dropSchemasCreatedBy(real, schemas);
      },
    };
  },
  60_000,
);
