import { createPgliteDatabase } from '@par/database';
import { eventStoreContract } from './testing/event-store-contract';

eventStoreContract('PGlite', async () => {
  const db = await createPgliteDatabase();
  return {
    db,
    tamper: async (sql) => {
      await db.pglite.exec(sql);
    },
    cleanup: () => db.close(),
  };
});
