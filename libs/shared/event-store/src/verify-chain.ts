import type { Sql } from '@par/database';
import type { ProvinceId } from '@par/kernel';
import { eventHash } from './hash';
import { COLUMNS, envelopeOf, type EventRow } from './event-row';
import type { VerifyResult } from './types';

/**
 * Tamper evidence: recomputes each stream's hash chain in stream order and compares the last link with the
 * stream head; reports the first broken link (edited row, gap, deleted tail, stream emptied). Runs inside the
 * caller's province transaction, so row-level security limits it to that province.
 */
export async function verifyChain(tx: Sql, schema: string, province: ProvinceId, streamId?: string): Promise<VerifyResult> {
  let checked = 0;
  let cursor: [string, number] = ['', 0];
  let curStream: string | null = null;
  let expectedPrev: string | null = null;
  let expectedVersion = 1;
  const heads = new Map<string, { version: number; last_hash: string | null }>();
  const { rows: sr } = await tx.query<{ stream_id: string; version: number; last_hash: string | null }>(
    `SELECT stream_id, version, last_hash FROM ${schema}.streams WHERE province = $1 AND ($2::text IS NULL OR stream_id = $2)`,
    [province, streamId ?? null],
  );
  for (const r of sr) heads.set(r.stream_id, r);
  // Appends that commit while we read must not look like tampering: check each stream up to the head
  // captured above (READ COMMITTED: later pages can see later commits).
  const capAt = new Map([...heads].map(([sid, h]) => [sid, h.version]));
  const tail = (sid: string, lastVersion: number, lastHash: string | null): VerifyResult | null => {
    const h = heads.get(sid);
    if (h && (h.version !== lastVersion || h.last_hash !== lastHash)) {
      return {
        ok: false,
        checked,
        firstBroken: {
          streamId: sid,
          streamVersion: lastVersion + 1,
          eventId: '',
          expectedHash: h.last_hash ?? '',
          actualHash: lastHash ?? '',
        },
      };
    }
    heads.delete(sid);
    return null;
  };
  for (;;) {
    const { rows } = await tx.query<EventRow>(
      `SELECT ${COLUMNS} FROM ${schema}.events
        WHERE province = $1 AND ($2::text IS NULL OR stream_id = $2)
          AND (stream_id, stream_version) > ($3, $4)
        ORDER BY stream_id, stream_version LIMIT 1000`,
      [province, streamId ?? null, cursor[0], cursor[1]],
    );
    if (rows.length === 0) break;
    for (const r of rows) {
      const cap = capAt.get(r.stream_id);
      if (cap !== undefined && r.stream_version > cap) continue;
      if (r.stream_id !== curStream) {
        if (curStream !== null) {
          const t = tail(curStream, expectedVersion - 1, expectedPrev);
          if (t) return t;
        }
        curStream = r.stream_id;
        expectedPrev = null;
        expectedVersion = 1;
      }
      const recomputed = eventHash(envelopeOf(r), expectedPrev);
      if (r.stream_version !== expectedVersion || recomputed !== r.hash || r.prev_hash !== expectedPrev) {
        return {
          ok: false,
          checked,
          firstBroken: {
            streamId: r.stream_id,
            streamVersion: r.stream_version,
            eventId: r.event_id,
            expectedHash: recomputed,
            actualHash: r.hash,
          },
        };
      }
      checked += 1;
      expectedPrev = r.hash;
      expectedVersion += 1;
    }
    const last = rows[rows.length - 1]!;
    cursor = [last.stream_id, last.stream_version];
  }
  if (curStream !== null) {
    const t = tail(curStream, expectedVersion - 1, expectedPrev);
    if (t) return t;
  }
  // Streams whose events are all gone.
  for (const [sid, h] of heads) {
    if (h.version > 0) {
      return {
        ok: false,
        checked,
        firstBroken: { streamId: sid, streamVersion: 1, eventId: '', expectedHash: h.last_hash ?? '', actualHash: '' },
      };
    }
  }
  return { ok: true, checked };
}
