import { historyContract } from './testing/history-contract';
import { adminQuery, createTestPostgres } from './testing/pg-harness';

historyContract('PostgreSQL', async () => {
  const { db } = await createTestPostgres(4);
  const schemas = new Set<string>();
  const migrate = db.migrate.bind(db);
  return {
    db: {
      ...db,
      kind: db.kind,
      withProvince: db.withProvince,
      asSystem: db.asSystem,
      close: db.close,
      migrate: async (s, m) => {
        schemas.add(s);
        await migrate(s, m);
      },
    },
    tamper: async (sql) => void (await adminQuery(sql)),
    cleanup: async () => {
      for (const s of schemas) await adminQuery(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await db.close();
    },
  };
});
