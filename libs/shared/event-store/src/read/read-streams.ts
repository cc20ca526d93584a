import type { Database } from '@par/database';
import { provinceId, type ProvinceId } from '@par/kernel';
import { COLUMNS, iso, type EventRow } from '../event-row';
import type { ReadStreamOptions, StoredEvent, StreamInfo } from '../types';

/** One stream in version order, up to a version or as of a time (time travel). */
export async function readStream(
  db: Database,
  schema: string,
  toStored: (r: EventRow) => StoredEvent,
  province: ProvinceId,
  streamId: string,
  ro: ReadStreamOptions = {},
): Promise<StoredEvent[]> {
  const p = provinceId(province);
  return db.withProvince(p, async (tx) => {
    const { rows } = await tx.query<EventRow>(
      `SELECT ${COLUMNS} FROM ${schema}.events
        WHERE province = $1 AND stream_id = $2
          AND stream_version >= $3 AND stream_version <= $4
          AND ($5::timestamptz IS NULL OR recorded_at <= $5::timestamptz)
        ORDER BY stream_version`,
      [p, streamId, ro.fromVersion ?? 1, ro.toVersion ?? 2147483647, ro.asOf ? ro.asOf.toISOString() : null],
    );
    return rows.map(toStored);
  });
}

/** Streams of a province whose id starts with a prefix, ordered by id (keyset paging with `after`). */
export async function listStreams(
  db: Database,
  schema: string,
  province: ProvinceId,
  prefix: string,
  lo: { after?: string; limit?: number } = {},
): Promise<StreamInfo[]> {
  const p = provinceId(province);
  return db.withProvince(p, async (tx) => {
    const { rows } = await tx.query<{ stream_id: string; version: number; updated_at: Date | string }>(
      `SELECT stream_id, version, updated_at FROM ${schema}.streams
        WHERE province = $1 AND version > 0
          AND left(stream_id, length($2)) = $2 AND stream_id > $3
        ORDER BY stream_id LIMIT $4`,
      [p, prefix, lo.after ?? '', lo.limit ?? 1000],
    );
    return rows.map((r): StreamInfo => ({ streamId: r.stream_id, version: r.version, updatedAt: iso(r.updated_at) }));
  });
}

/** Several streams in one round trip, each up to a version: events in stream id, then version order. */
export async function readStreamsUpTo(
  db: Database,
  schema: string,
  toStored: (r: EventRow) => StoredEvent,
  province: ProvinceId,
  streams: readonly { streamId: string; toVersion: number }[],
): Promise<StoredEvent[]> {
  const p = provinceId(province);
  if (streams.length === 0) return [];
  return db.withProvince(p, async (tx) => {
    const { rows } = await tx.query<EventRow>(
      `SELECT ${COLUMNS} FROM ${schema}.events e
         JOIN unnest($2::text[], $3::integer[]) AS s(sid, to_version) ON s.sid = e.stream_id
        WHERE e.province = $1 AND e.stream_version <= s.to_version
        ORDER BY e.stream_id, e.stream_version`,
      [p, streams.map((s) => s.streamId), streams.map((s) => s.toVersion)],
    );
    return rows.map(toStored);
  });
}
