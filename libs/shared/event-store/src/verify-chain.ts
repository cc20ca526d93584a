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
  const heads = await readStreamHeads(tx, schema, province, streamId);
  // Appends that commit while we read must not look like tampering: check each stream up to the head
  // captured above (READ COMMITTED: later pages can see later commits).
  const walk: ChainWalk = {
    checked: 0,
    stream: null,
    prev: null,
    version: 1,
    heads,
    capAt: new Map([...heads].map(([sid, h]) => [sid, h.version])),
  };
  let cursor: [string, number] = ['', 0];
  for (;;) {
    const rows = await eventPage(tx, schema, province, streamId, cursor);
    if (rows.length === 0) break;
    for (const r of rows) {
      const broken = step(walk, r);
      if (broken) return broken;
    }
    const last = rows[rows.length - 1]!;
    cursor = [last.stream_id, last.stream_version];
  }
  return finish(walk);
}

interface StreamHeadRow {
  version: number;
  last_hash: string | null;
}

/** Where the walk through the chains is: the stream being checked, the link it expects next, the heads left. */
interface ChainWalk {
  checked: number;
  stream: string | null;
  prev: string | null;
  version: number;
  /** Heads not yet matched by a stream's last event. */
  heads: Map<string, StreamHeadRow>;
  /** Each stream is checked up to the version its head had when the walk began. */
  capAt: Map<string, number>;
}

async function readStreamHeads(tx: Sql, schema: string, province: ProvinceId, streamId?: string): Promise<Map<string, StreamHeadRow>> {
  const { rows } = await tx.query<{ stream_id: string; version: number; last_hash: string | null }>(
    `SELECT stream_id, version, last_hash FROM ${schema}.streams WHERE province = $1 AND ($2::text IS NULL OR stream_id = $2)`,
    [province, streamId ?? null],
  );
  return new Map(rows.map((r) => [r.stream_id, r]));
}

async function eventPage(
  tx: Sql,
  schema: string,
  province: ProvinceId,
  streamId: string | undefined,
  cursor: [string, number],
): Promise<EventRow[]> {
  const { rows } = await tx.query<EventRow>(
    `SELECT ${COLUMNS} FROM ${schema}.events
      WHERE province = $1 AND ($2::text IS NULL OR stream_id = $2)
        AND (stream_id, stream_version) > ($3, $4)
      ORDER BY stream_id, stream_version LIMIT 1000`,
    [province, streamId ?? null, cursor[0], cursor[1]],
  );
  return rows;
}

/** Checks one event against the link expected; a new stream first closes the previous one against its head. */
function step(walk: ChainWalk, r: EventRow): VerifyResult | null {
  const cap = walk.capAt.get(r.stream_id);
  if (cap !== undefined && r.stream_version > cap) return null;
  if (r.stream_id !== walk.stream) {
    if (walk.stream !== null) {
      const t = tail(walk, walk.stream);
      if (t) return t;
    }
    walk.stream = r.stream_id;
    walk.prev = null;
    walk.version = 1;
  }
  const recomputed = eventHash(envelopeOf(r), walk.prev);
  if (r.stream_version !== walk.version || recomputed !== r.hash || r.prev_hash !== walk.prev) {
    const firstBroken = {
      streamId: r.stream_id,
      streamVersion: r.stream_version,
      eventId: r.event_id,
      expectedHash: recomputed,
      actualHash: r.hash,
    };
    return { ok: false, checked: walk.checked, firstBroken };
  }
  walk.checked += 1;
  walk.prev = r.hash;
  walk.version += 1;
  return null;
}

/** A stream's last checked event must be its head (else a tail was deleted or the head rewritten). */
function tail(walk: ChainWalk, sid: string): VerifyResult | null {
  const lastVersion = walk.version - 1;
  const lastHash = walk.prev;
  const h = walk.heads.get(sid);
  if (h && (h.version !== lastVersion || h.last_hash !== lastHash)) {
    return {
      ok: false,
      checked: walk.checked,
      firstBroken: {
        streamId: sid,
        streamVersion: lastVersion + 1,
        eventId: '',
        expectedHash: h.last_hash ?? '',
        actualHash: lastHash ?? '',
      },
    };
  }
  walk.heads.delete(sid);
  return null;
}

function finish(walk: ChainWalk): VerifyResult {
  if (walk.stream !== null) {
    const t = tail(walk, walk.stream);
    if (t) return t;
  }
  // Streams whose events are all gone.
  for (const [sid, h] of walk.heads) {
    if (h.version > 0) {
      return {
        ok: false,
        checked: walk.checked,
        firstBroken: { streamId: sid, streamVersion: 1, eventId: '', expectedHash: h.last_hash ?? '', actualHash: '' },
      };
    }
  }
  return { ok: true, checked: walk.checked };
}
