import { Umzug, type UmzugStorage } from 'umzug';
import type { Migration, Roles, Sql } from './database';

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

/** Schema and role names are spliced into SQL: only plain lower-case identifiers are accepted. */
export function assertIdent(name: string, what = 'identifier'): string {
  if (!IDENT.test(name)) throw new Error(`Invalid ${what} ${JSON.stringify(name)}: must match ${IDENT.source}`);
  return name;
}

export function renderMigrationSql(sql: string, schema: string, roles: Roles): string {
  return sql.replaceAll('{{schema}}', schema).replaceAll('{{app_role}}', roles.app).replaceAll('{{system_role}}', roles.system);
}

/**
 * Runs pending migrations for one schema inside ONE owner transaction (all or nothing), serialised
 * across processes by an advisory lock. Umzug decides what is pending; its storage is a table in the schema.
 * Default privileges make every table the owner creates in the schema readable/writable by the app and
 * system roles; a migration may REVOKE afterwards (the event store makes its events table append-only).
 */
export async function runMigrations(
  ownerTx: <T>(fn: (tx: Sql) => Promise<T>) => Promise<T>,
  schema: string,
  migrations: readonly Migration[],
  roles: Roles,
): Promise<void> {
  assertIdent(schema, 'schema name');
  assertIdent(roles.app, 'role name');
  assertIdent(roles.system, 'role name');
  const names = new Set<string>();
  for (const m of migrations) {
    if (names.has(m.name)) throw new Error(`Duplicate migration name ${m.name} for schema ${schema}`);
    names.add(m.name);
  }
  await ownerTx(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`par:migrate:${schema}`]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    // Created before the default privileges below, so the app role never gets rights on it.
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.par_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    await tx.query(`GRANT USAGE ON SCHEMA ${schema} TO ${roles.app}, ${roles.system}`);
    await tx.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${roles.app}, ${roles.system}`,
    );
    await tx.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${roles.app}, ${roles.system}`);
    const storage: UmzugStorage<Sql> = {
      async executed({ context }) {
        const r = await context.query<{ name: string }>(`SELECT name FROM ${schema}.par_migrations ORDER BY name`);
        return r.rows.map((x) => x.name);
      },
      async logMigration({ name, context }) {
        await context.query(`INSERT INTO ${schema}.par_migrations (name) VALUES ($1)`, [name]);
      },
      async unlogMigration({ name, context }) {
        await context.query(`DELETE FROM ${schema}.par_migrations WHERE name = $1`, [name]);
      },
    };
    const umzug = new Umzug<Sql>({
      context: tx,
      storage,
      logger: undefined,
      migrations: migrations.map((m) => ({
        name: m.name,
        up: async ({ context }) => {
          await context.query(renderMigrationSql(m.sql, schema, roles));
        },
      })),
    });
    await umzug.up();
    await assertProvinceTablesProtected(tx, schema, roles.app);
  });
}

/** Marks a table the application role may use although it holds no province data (say why after the tag). */
export const NOT_PROVINCE_DATA = 'par:not-province-data';

/**
 * Fail closed: after migrating, every table of the schema the application role can read or write must have
 * row-level security enabled and forced, unless it is explicitly marked as holding no province data
 * (`COMMENT ON TABLE t IS 'par:not-province-data: why'`). A table that forgets `rlsTableSql` stops the
 * migration instead of leaking across provinces.
 */
async function assertProvinceTablesProtected(tx: Sql, schema: string, appRole: string): Promise<void> {
  const { rows } = await tx.query<{ relname: string }>(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
        AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
        AND (has_table_privilege($2, c.oid, 'SELECT') OR has_table_privilege($2, c.oid, 'INSERT')
          OR has_table_privilege($2, c.oid, 'UPDATE') OR has_table_privilege($2, c.oid, 'DELETE'))
        AND coalesce(obj_description(c.oid, 'pg_class'), '') NOT LIKE $3
      ORDER BY c.relname`,
    [schema, appRole, `${NOT_PROVINCE_DATA}%`],
  );
  if (rows.length > 0) {
    throw new Error(
      `Migrations of schema ${schema} leave table(s) the application role can use without forced row-level security: ` +
        `${rows.map((r) => r.relname).join(', ')}. Use rlsTableSql(), revoke the role's rights, or mark a table that holds ` +
        `no province data with COMMENT ON TABLE ... IS '${NOT_PROVINCE_DATA}: <why>'.`,
    );
  }
}

/**
 * SQL for a province-scoped table: ENABLE + FORCE row-level security, a policy on
 * `province = current_setting('app.province', true)` for reads and writes, and grants to the app and
 * system roles. Use it inside a migration (the role placeholders are filled in by `migrate`).
 * The table must have a `province text NOT NULL` column (put it first in its indexes).
 */
export function rlsTableSql(schemaDotTable: string): string {
  if (!/^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/.test(schemaDotTable.replaceAll('{{schema}}', 'schema'))) {
    throw new Error(`rlsTableSql: expected schema.table, got ${schemaDotTable}`);
  }
  const t = schemaDotTable;
  return `
ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${t} FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS province_isolation ON ${t};
CREATE POLICY province_isolation ON ${t}
  USING (province = current_setting('app.province', true))
  WITH CHECK (province = current_setting('app.province', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON ${t} TO {{app_role}}, {{system_role}};
`;
}
