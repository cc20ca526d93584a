import { createPgliteDatabase } from '@par/database';
import { historyContract } from './testing/history-contract';

historyContract('PGlite', async () => {
  const db = await createPgliteDatabase();
  return { db, tamper: async (sql) => void (await db.pglite.exec(sql)), cleanup: () => db.close() };
});
