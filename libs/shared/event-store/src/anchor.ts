import type { Sql } from '@par/database';
import type { ProvinceId } from '@par/kernel';
import type { AnchorMismatch, StreamHead } from './types';

/**
 * Heads anchor the chains outside the database. `verify` alone cannot see a stream deleted together with
 * its head, or a tail cut off with the head rewritten to match, by someone with owner rights; an exported
 * head (stream, version, hash) kept elsewhere can: the event at that version must still carry that hash.
 */
export async function readHeads(tx: Sql, schema: string, province: ProvinceId): Promise<StreamHead[]> {
  const { rows } = await tx.query<{ stream_id: string; version: number; last_hash: string | null }>(
    `SELECT stream_id, version, last_hash FROM ${schema}.streams WHERE province = $1 AND version > 0 ORDER BY stream_id`,
    [province],
  );
  return rows.map((r) => ({ streamId: r.stream_id, version: r.version, hash: r.last_hash ?? '' }));
}

/** Anchored heads whose event is gone, or no longer carries the anchored hash (in the given order). */
export async function checkHeads(
  tx: Sql,
  schema: string,
  province: ProvinceId,
  anchored: readonly StreamHead[],
): Promise<AnchorMismatch[]> {
  const out: AnchorMismatch[] = [];
  for (let i = 0; i < anchored.length; i += 1000) {
    const page = anchored.slice(i, i + 1000);
    const { rows } = await tx.query<{ stream_id: string; stream_version: number; hash: string }>(
      `SELECT e.stream_id, e.stream_version, e.hash
         FROM unnest($2::text[], $3::integer[]) a(stream_id, version)
         JOIN ${schema}.events e ON e.province = $1 AND e.stream_id = a.stream_id AND e.stream_version = a.version`,
      [province, page.map((h) => h.streamId), page.map((h) => h.version)],
    );
    const found = new Map(rows.map((r) => [`${r.stream_id}\u0000${r.stream_version}`, r.hash]));
    for (const h of page) {
      const actual = found.get(`${h.streamId}\u0000${h.version}`);
      if (actual !== h.hash) out.push({ streamId: h.streamId, version: h.version, expectedHash: h.hash, actualHash: actual ?? null });
    }
  }
  return out;
}
