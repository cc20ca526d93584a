import { assertIdent, type Sql } from '@par/database';

/** A column value as a projection computes it; objects and arrays are stored as JSON (jsonb columns). */
export type ColumnValue = string | number | boolean | null | readonly unknown[] | { readonly [k: string]: unknown };
export type Row = Readonly<Record<string, ColumnValue>>;

/**
 * One change of a read model, as returned by a pure `evolve`: write `row` (insert, or replace the row with the
 * same primary key), set some columns of an existing row (`update`: `row` holds its primary key and the columns to
 * set; no row, no change), or delete the rows whose columns equal `where`.
 */
export type RowChange =
  | { readonly kind: 'upsert'; readonly table: string; readonly row: Row }
  | { readonly kind: 'update'; readonly table: string; readonly row: Row }
  | { readonly kind: 'delete'; readonly table: string; readonly where: Row };

/** Primary-key columns of each table a projection writes (the upsert's conflict target). */
export type TableKeys = Readonly<Record<string, readonly string[]>>;

export const upsert = (table: string, row: Row): RowChange => ({ kind: 'upsert', table, row });
export const deleteWhere = (table: string, where: Row): RowChange => ({ kind: 'delete', table, where });
/** Sets the given columns of the existing row with the primary key in `row` (a partial row: an upsert would insert NULLs). */
export const updateRow = (table: string, row: Row): RowChange => ({ kind: 'update', table, row });

const sqlValue = (v: ColumnValue): unknown => (v !== null && typeof v === 'object' ? JSON.stringify(v) : v);

/** Most bound parameters in one statement (PostgreSQL's limit is 65,535). */
const MAX_PARAMS = 30_000;

/**
 * Writes the changes in order, in the caller's (province) transaction. Consecutive upserts of one table with the
 * same columns and distinct keys go in one multi-row INSERT (a batch of scores is one statement, not one per row).
 */
export async function applyRowChanges(tx: Sql, schema: string, keys: TableKeys, changes: readonly RowChange[]): Promise<void> {
  const s = assertIdent(schema, 'schema name');
  for (let i = 0; i < changes.length;) {
    const c = changes[i]!;
    const table = `${s}.${assertIdent(c.table, 'table name')}`;
    if (c.kind === 'delete') {
      const cols = Object.keys(c.where).map((k) => assertIdent(k, 'column name'));
      await tx.query(
        `DELETE FROM ${table} WHERE ${cols.map((k, j) => `${k} = $${j + 1}`).join(' AND ')}`,
        cols.map((k) => sqlValue(c.where[k]!)),
      );
      i += 1;
      continue;
    }
    const key = keys[c.table];
    if (!key) throw new Error(`No primary key declared for table ${c.table}`);
    if (c.kind === 'update') {
      const cols = Object.keys(c.row).map((k) => assertIdent(k, 'column name'));
      await updateExisting(
        tx,
        table,
        key,
        cols.filter((k) => !key.includes(k)),
        c.row,
      );
      i += 1;
      continue;
    }
    const rows = upsertRun(changes, i, key);
    await upsertRows(tx, table, key, rows);
    i += rows.length;
  }
}

/** The rows of the upserts from `start` that can share one INSERT: same table, same columns, no key twice. */
function upsertRun(changes: readonly RowChange[], start: number, key: readonly string[]): Row[] {
  const first = changes[start]!;
  const cols = Object.keys(first.kind === 'delete' ? {} : first.row).join('\u0000');
  const maxRows = Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, cols.split('\u0000').length)));
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (let i = start; i < changes.length && rows.length < maxRows; i += 1) {
    const c = changes[i]!;
    if (c.kind !== 'upsert' || c.table !== first.table || Object.keys(c.row).join('\u0000') !== cols) break;
    const k = JSON.stringify(key.map((col) => c.row[col] ?? null));
    if (seen.has(k)) break;
    seen.add(k);
    rows.push(c.row);
  }
  return rows;
}

async function upsertRows(tx: Sql, table: string, key: readonly string[], rows: readonly Row[]): Promise<void> {
  const cols = Object.keys(rows[0]!).map((k) => assertIdent(k, 'column name'));
  const rest = cols.filter((k) => !key.includes(k));
  const onConflict = rest.length ? `DO UPDATE SET ${rest.map((k) => `${k} = EXCLUDED.${k}`).join(', ')}` : 'DO NOTHING';
  const values = rows.map((_, r) => `(${cols.map((_c, j) => `$${r * cols.length + j + 1}`).join(', ')})`).join(', ');
  await tx.query(
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES ${values} ON CONFLICT (${key.join(', ')}) ${onConflict}`,
    rows.flatMap((row) => cols.map((k) => sqlValue(row[k]!))),
  );
}

async function updateExisting(tx: Sql, table: string, key: readonly string[], set: readonly string[], row: Row): Promise<void> {
  if (set.length === 0) return;
  const missing = key.filter((k) => !(k in row));
  if (missing.length) throw new Error(`update of ${table} without its key column(s) ${missing.join(', ')}`);
  await tx.query(
    `UPDATE ${table} SET ${set.map((k, i) => `${k} = $${i + 1}`).join(', ')} WHERE ${key.map((k, i) => `${k} = $${set.length + i + 1}`).join(' AND ')}`,
    [...set, ...key].map((k) => sqlValue(row[k]!)),
  );
}
