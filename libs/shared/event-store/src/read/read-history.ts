import type { Database } from '@par/database';
import { provinceId, ValidationError, type ProvinceId } from '@par/kernel';
import { COLUMNS, type EventRow } from '../event-row';
import type { HistoryPage, HistoryQuery, StoredEvent } from '../types';

/** The largest page a history read returns, whatever the caller asks. */
export const MAX_HISTORY_PAGE = 200;

const CURSOR = /^(\d{1,20}):(\d{1,20})$/;

/** A history cursor is the store's global order key of the last event returned, `"<transaction id>:<global position>"`. */
function parseCursor(after: string | null | undefined): [string, string] | null {
  if (after === null || after === undefined || after === '') return null;
  const m = CURSOR.exec(after);
  if (!m) {
    throw new ValidationError({
      code: 'INVALID_CURSOR',
      messageVi: 'Con trỏ phân trang không hợp lệ; hãy dùng giá trị endCursor của trang trước.',
      detail: `History cursor ${JSON.stringify(after).slice(0, 80)} is not "<transaction id>:<global position>"`,
    });
  }
  return [m[1]!, m[2]!];
}

/**
 * The WHERE clause and parameters of a history query (province first; every filter optional but the province).
 * Prefixes use `starts_with` (exact whatever the collation, and estimated well enough for the planner to walk the
 * global-order index backwards for a cycle's newest page instead of sorting the whole cycle: 0.1 ms against 84 ms
 * for 16,000 events with `left(…) = …`).
 */
function whereOf(p: ProvinceId, q: HistoryQuery): { sql: string[]; params: unknown[] } {
  const params: unknown[] = [p];
  const sql = ['e.province = $1'];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    sql.push(clause(`$${params.length}`));
  };
  if (q.streamId !== undefined) add((n) => `e.stream_id = ${n}`, q.streamId);
  if (q.streamIdPrefix !== undefined) add((n) => `starts_with(e.stream_id, ${n})`, q.streamIdPrefix);
  if (q.actorId !== undefined) add((n) => `e.actor->>'id' = ${n}`, q.actorId);
  if (q.dataField) {
    const { name, values = [], prefixes = [] } = q.dataField;
    params.push(name, values, prefixes);
    const [f, v, pre] = [params.length - 2, params.length - 1, params.length].map((i) => `$${i}`);
    sql.push(`(e.data->>${f} = ANY (${v}::text[]) OR EXISTS (SELECT 1 FROM unnest(${pre}::text[]) x WHERE starts_with(e.data->>${f}, x)))`);
  }
  if (q.recordedAfter) add((n) => `e.recorded_at > ${n}::timestamptz`, q.recordedAfter.toISOString());
  if (q.recordedAtOrBefore) add((n) => `e.recorded_at <= ${n}::timestamptz`, q.recordedAtOrBefore.toISOString());
  return { sql, params };
}

/**
 * A page of a province's events in the store's global order (transaction id, global position), oldest or newest
 * first, filtered by stream, stream id prefix, actor, a data field and recording time; keyset paging on that order.
 *
 * Stable across inserts: within one stream the order is the version order (appends to a stream are serialised by
 * its lock, which is taken before the transaction id is assigned). Across streams, an oldest-first page returns
 * only events of transactions older than the snapshot's xmin, as `readAll` does: a transaction still running
 * cannot later commit an event before the cursor, so no event is ever skipped. Newest first, an event committed
 * after the first page is newer than the pages being read and is simply not among them.
 */
export async function readHistory(
  db: Database,
  schema: string,
  toStored: (r: EventRow) => StoredEvent,
  province: ProvinceId,
  q: HistoryQuery,
): Promise<HistoryPage> {
  const p = provinceId(province);
  const limit = Math.min(MAX_HISTORY_PAGE, Math.max(1, Math.floor(q.limit)));
  const cursor = parseCursor(q.after);
  const { sql, params } = whereOf(p, q);
  const desc = q.order === 'desc';
  if (cursor) {
    params.push(cursor[0], cursor[1]);
    sql.push(`(e.transaction_id, e.global_position) ${desc ? '<' : '>'} ($${params.length - 1}::xid8, $${params.length}::bigint)`);
  }
  if (!desc && q.streamId === undefined) sql.push('e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())');
  params.push(limit + 1);
  const dir = desc ? 'DESC' : 'ASC';
  return db.withProvince(p, async (tx) => {
    const { rows } = await tx.query<EventRow>(
      // Qualified names: unqualified ORDER BY would bind to the ::text output aliases.
      `SELECT ${COLUMNS} FROM ${schema}.events e WHERE ${sql.join(' AND ')}
        ORDER BY e.transaction_id ${dir}, e.global_position ${dir} LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      events: page.map(toStored),
      endCursor: last ? `${last.transaction_id}:${last.global_position}` : (q.after ?? null),
      hasNextPage: rows.length > limit,
    };
  });
}
