import type { HashedEnvelope } from './hash';
import type { StoredEvent } from './types';

/** An events row as the store selects it (timestamps already rendered as ISO text by PostgreSQL). */
export interface EventRow {
  province: string;
  stream_id: string;
  stream_version: number;
  global_position: string;
  transaction_id: string;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  actor: StoredEvent['actor'];
  occurred_at: Date | string;
  recorded_at: Date | string;
  reason: string | null;
  correlation_id: string;
  causation_id: string | null;
  prev_hash: string | null;
  hash: string;
}

/** Timestamps are rendered by PostgreSQL in the exact `Date#toISOString` form (UTC, ms): no Date parsing on reads. */
export const ISO = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${col}`;

/** The columns the store selects, in order (array row mode reads them by these positions). */
export const SELECTED_COLUMNS = [
  'province',
  'stream_id',
  'stream_version',
  'global_position',
  'transaction_id',
  'event_id',
  'type',
  'schema_version',
  'data',
  'actor',
  'occurred_at',
  'recorded_at',
  'reason',
  'correlation_id',
  'causation_id',
  'prev_hash',
  'hash',
] as const satisfies readonly (keyof EventRow)[];

/** Position of each selected column in an array-mode row. */
export const COLUMN_INDEX = Object.fromEntries(SELECTED_COLUMNS.map((c, i) => [c, i])) as Record<(typeof SELECTED_COLUMNS)[number], number>;

/** How a column is selected when not as itself: ids and positions as text, timestamps as ISO text. */
const SELECT_AS: Partial<Record<(typeof SELECTED_COLUMNS)[number], string>> = {
  global_position: 'global_position::text AS global_position',
  transaction_id: 'transaction_id::text AS transaction_id',
  event_id: 'event_id::text AS event_id',
  occurred_at: ISO('occurred_at'),
  recorded_at: ISO('recorded_at'),
};

export const COLUMNS = SELECTED_COLUMNS.map((c) => SELECT_AS[c] ?? c).join(', ');

/**
 * An events row selected with COLUMNS in array row mode, as the object form. Literal positions (replay hot path);
 * a unit test checks they follow SELECTED_COLUMNS.
 */
export function rowOf(a: readonly unknown[]): EventRow {
  return {
    province: a[0] as string,
    stream_id: a[1] as string,
    stream_version: a[2] as number,
    global_position: a[3] as string,
    transaction_id: a[4] as string,
    event_id: a[5] as string,
    type: a[6] as string,
    schema_version: a[7] as number,
    data: a[8],
    actor: a[9] as StoredEvent['actor'],
    occurred_at: a[10] as string,
    recorded_at: a[11] as string,
    reason: a[12] as string | null,
    correlation_id: a[13] as string,
    causation_id: a[14] as string | null,
    prev_hash: a[15] as string | null,
    hash: a[16] as string,
  };
}

const ISO_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const iso = (d: Date | string) =>
  typeof d === 'string' && ISO_TEXT.test(d) ? d : (d instanceof Date ? d : new Date(d)).toISOString();

/** Parse a jsonb value that a driver may hand back as text. */
export const json = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);

export function envelopeOf(r: EventRow): HashedEnvelope {
  return {
    id: r.event_id,
    streamId: r.stream_id,
    streamVersion: r.stream_version,
    type: r.type,
    schemaVersion: r.schema_version,
    data: json(r.data),
    province: r.province,
    actor: json(r.actor),
    occurredAt: iso(r.occurred_at),
    recordedAt: iso(r.recorded_at),
    reason: r.reason,
    correlationId: r.correlation_id,
    causationId: r.causation_id,
  };
}
