import { createPgliteDatabase, rlsTableSql, NOT_PROVINCE_DATA, type Database } from './index';

/** Migrations fail closed: a table the app role can use must be under forced RLS or marked as holding no province data. */
describe('migrate: province tables must be protected (PGlite)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createPgliteDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('refuses a migration that leaves a table readable by the app role without row-level security', async () => {
    await expect(
      db.migrate('leaky', [{ name: '0001', sql: `CREATE TABLE {{schema}}.scores (province text NOT NULL, v int NOT NULL);` }]),
    ).rejects.toThrow(/without forced row-level security: scores/);
    // nothing of the failed migration stays
    await expect(db.asSystem((tx) => tx.query(`SELECT 1 FROM leaky.scores`))).rejects.toThrow();
  });

  it('accepts RLS tables and tables marked as holding no province data', async () => {
    await db.migrate('safe', [
      {
        name: '0001',
        sql: `CREATE TABLE {{schema}}.scores (province text NOT NULL, v int NOT NULL);
${rlsTableSql('{{schema}}.scores')}
CREATE TABLE {{schema}}.offsets (k text PRIMARY KEY, v bigint NOT NULL);
COMMENT ON TABLE {{schema}}.offsets IS '${NOT_PROVINCE_DATA}: consumer offsets';`,
      },
    ]);
  });
});
