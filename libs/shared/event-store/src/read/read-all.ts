import type { Sql } from '@par/database';
import { COLUMN_INDEX, COLUMNS, rowOf, type EventRow } from '../event-row';
import type { StoredEvent } from '../types';

/** Checkpoint for readAll: "<transaction id>:<global position>" (opaque to callers). */
export function parseCheckpoint(c: string | null): [string, string] {
  if (c === null) return ['0', '0'];
  const m = /^(\d+):(\d+)$/.exec(c);
  if (!m) throw new Error(`Invalid event store checkpoint ${JSON.stringify(c)}`);
  return [m[1]!, m[2]!];
}

/**
 * The next page in global order after `after`. Only transactions older than the snapshot's xmin are finished:
 * nothing can commit later "behind" them, so a reader never skips an event committed late.
 */
export async function readAllIn(
  tx: Sql,
  schema: string,
  toStored: (r: EventRow) => StoredEvent,
  after: string | null,
  limit: number,
): Promise<{ events: StoredEvent[]; checkpoint: string | null }> {
  const [txid, pos] = parseCheckpoint(after);
  const { rows } = await tx.query<unknown[]>(
    // Qualified names: unqualified ORDER BY would bind to the ::text output aliases (text order, "10" < "9").
    `SELECT ${COLUMNS} FROM ${schema}.events e
      WHERE e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
      ORDER BY e.transaction_id, e.global_position
      LIMIT $3`,
    [txid, pos, Math.max(1, Math.floor(limit))],
    { rowMode: 'array' }, // replay hot path: arrays parse faster than objects
  );
  const events = rows.map((a) => toStored(rowOf(a)));
  const last = rows[rows.length - 1];
  return {
    events,
    checkpoint: last ? `${String(last[COLUMN_INDEX.transaction_id])}:${String(last[COLUMN_INDEX.global_position])}` : after,
  };
}

/** Highest global position committed and visible to `tx` ('0' when empty). */
export async function headPosition(tx: Sql, schema: string): Promise<string> {
  const { rows } = await tx.query<{ p: string }>(`SELECT coalesce(max(global_position), 0)::text AS p FROM ${schema}.events`);
  return rows[0]!.p;
}

/** Events at or below `upToPosition` that a reader at checkpoint `after` has not read yet. */
export async function countUnread(tx: Sql, schema: string, after: string | null, upToPosition: string): Promise<number> {
  const [txid, pos] = parseCheckpoint(after);
  const { rows } = await tx.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM ${schema}.events e
      WHERE e.global_position <= $3::bigint AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)`,
    [txid, pos, upToPosition],
  );
  return Number(rows[0]!.n);
}
