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

export const COLUMNS = `province, stream_id, stream_version, global_position::text AS global_position,
  transaction_id::text AS transaction_id, event_id::text AS event_id, type, schema_version, data, actor,
  ${ISO('occurred_at')}, ${ISO('recorded_at')}, reason, correlation_id, causation_id, prev_hash, hash`;

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
