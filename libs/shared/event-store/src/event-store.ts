import { randomUUID } from 'node:crypto';
import { ConcurrencyConflictError, ForbiddenError, ParError, provinceId, type ProvinceId } from '@par/kernel';
import { assertIdent, type Database, type Sql } from '@par/database';
import { eventHash, type HashedEnvelope } from './hash';
import type {
  AppendOptions,
  EventStore,
  ExpectedVersion,
  ReadStreamOptions,
  StoredEvent,
  StreamInfo,
  Upcaster,
  VerifyResult,
} from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface EventRow {
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

const COLUMNS = `province, stream_id, stream_version, global_position::text AS global_position,
  transaction_id::text AS transaction_id, event_id::text AS event_id, type, schema_version, data, actor,
  occurred_at, recorded_at, reason, correlation_id, causation_id, prev_hash, hash`;

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

/** Parse a jsonb value that a driver may hand back as text. */
const json = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);

function envelopeOf(r: EventRow): HashedEnvelope {
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

function plainActor(a: AppendOptions['context']['actor']): StoredEvent['actor'] {
  const out: StoredEvent['actor'] = { id: a.id, roles: [...a.roles] };
  if (a.name !== undefined) out.name = a.name;
  if (a.unitId !== undefined) out.unitId = a.unitId;
  return out;
}

/** Checkpoint for readAll: "<transaction id>:<global position>" (opaque to callers). */
function parseCheckpoint(c: string | null): [string, string] {
  if (c === null) return ['0', '0'];
  const m = /^(\d+):(\d+)$/.exec(c);
  if (!m) throw new Error(`Invalid event store checkpoint ${JSON.stringify(c)}`);
  return [m[1]!, m[2]!];
}

function conflict(streamId: string, expected: ExpectedVersion, actual: number): ConcurrencyConflictError {
  return new ConcurrencyConflictError(streamId, expected, actual);
}

export interface CreateEventStoreOptions {
  schema: string;
  upcasters?: Upcaster[];
}

export function createEventStore(db: Database, opts: CreateEventStoreOptions): EventStore & EventStoreInternals {
  const s = assertIdent(opts.schema, 'schema name');
  const upcasters = new Map<string, Upcaster>();
  for (const u of opts.upcasters ?? []) {
    const key = `${u.type}@${u.fromVersion}`;
    if (upcasters.has(key)) throw new Error(`Two upcasters for ${key}`);
    upcasters.set(key, u);
  }

  function toStored(r: EventRow): StoredEvent {
    let data = json(r.data);
    let version = r.schema_version;
    for (let u = upcasters.get(`${r.type}@${version}`); u; u = upcasters.get(`${r.type}@${version}`)) {
      data = u.upcast(data);
      version += 1;
    }
    return {
      id: r.event_id,
      streamId: r.stream_id,
      streamVersion: r.stream_version,
      globalPosition: r.global_position,
      type: r.type,
      schemaVersion: version,
      data,
      province: r.province as ProvinceId,
      actor: json(r.actor) as StoredEvent['actor'],
      occurredAt: iso(r.occurred_at),
      recordedAt: iso(r.recorded_at),
      reason: r.reason,
      correlationId: r.correlation_id,
      causationId: r.causation_id,
      hash: r.hash,
      prevHash: r.prev_hash,
    };
  }

  async function readAllIn(tx: Sql, after: string | null, limit: number) {
    const [txid, pos] = parseCheckpoint(after);
    // Only transactions older than the snapshot's xmin are finished: nothing can commit later "behind" them.
    const { rows } = await tx.query<EventRow>(
      // Qualified names: unqualified ORDER BY would bind to the ::text output aliases (text order, "10" < "9").
      `SELECT ${COLUMNS} FROM ${s}.events e
        WHERE e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
          AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
        ORDER BY e.transaction_id, e.global_position
        LIMIT $3`,
      [txid, pos, Math.max(1, Math.floor(limit))],
    );
    const last = rows[rows.length - 1];
    return {
      events: rows.map(toStored),
      checkpoint: last ? `${last.transaction_id}:${last.global_position}` : after,
    };
  }

  const store: EventStore & EventStoreInternals = {
    schema: s,

    async append(streamId, events, o) {
      const province = provinceId(o.context.province);
      if (typeof streamId !== 'string' || streamId.length === 0 || streamId.length > 200) {
        throw new Error(`Invalid stream id ${JSON.stringify(streamId)}`);
      }
      const ev = o.expectedVersion;
      if (!(ev === 'any' || ev === 'no_stream' || (Number.isInteger(ev) && ev >= 0))) {
        throw new Error(`Invalid expectedVersion ${String(ev)}`);
      }
      for (const e of events) {
        if (e.id !== undefined && !UUID.test(e.id)) throw new Error(`Event id must be a uuid, got ${e.id}`);
        if (!e.type) throw new Error('Event type is required');
      }
      if (!(o.occurredAt instanceof Date) || Number.isNaN(o.occurredAt.getTime())) {
        throw new Error('occurredAt must be a valid Date');
      }
      return db.withProvince(province, async (tx) => {
        // The stream is locked with an advisory lock BEFORE anything writes: a transaction id (xid8) is
        // assigned at the first write, so the next appender of this stream gets its xid only after the
        // previous one committed. Readers order by (transaction_id, global_position); taking a row lock first
        // would assign the xid before waiting and could order version n+1 before version n.
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))`, [
          `par:es:${s}`,
          `${province}/${streamId}`,
        ]);
        const { rows: head } = await tx.query<{ province: string | null; now: Date | string }>(
          `SELECT current_setting('app.province', true) AS province, date_trunc('milliseconds', clock_timestamp()) AS now`,
        );
        if (head[0]?.province !== province) {
          throw new ForbiddenError(
            `Session province ${String(head[0]?.province)} differs from context province ${province}`,
          );
        }
        const recordedAt = iso(head[0].now);
        // Creates the stream row if missing and locks it: appends to one stream are serialised.
        const { rows: sr } = await tx.query<{ version: number; last_hash: string | null }>(
          `INSERT INTO ${s}.streams AS st (province, stream_id, version) VALUES ($1, $2, 0)
           ON CONFLICT (province, stream_id) DO UPDATE SET version = st.version
           RETURNING version, last_hash`,
          [province, streamId],
        );
        const current = sr[0]!.version;
        let prev = sr[0]!.last_hash;

        // Idempotent retry: events whose ids are already stored are not appended again.
        let fresh = events;
        const givenIds = events.map((e) => e.id).filter((x): x is string => !!x);
        if (givenIds.length > 0) {
          const { rows: existing } = await tx.query<EventRow>(
            `SELECT ${COLUMNS} FROM ${s}.events
              WHERE province = $1 AND stream_id = $2
                AND event_id IN (SELECT value::uuid FROM jsonb_array_elements_text($3::jsonb))
              ORDER BY stream_version`,
            [province, streamId, JSON.stringify(givenIds)],
          );
          if (existing.length > 0) {
            const stored = new Set(existing.map((r) => r.event_id.toLowerCase()));
            fresh = events.filter((e) => !e.id || !stored.has(e.id.toLowerCase()));
            if (fresh.length === 0) {
              return {
                nextExpectedVersion: Math.max(...existing.map((r) => r.stream_version)),
                events: existing.map(toStored),
              };
            }
          }
        }

        if (ev === 'no_stream' ? current !== 0 : ev !== 'any' && ev !== current) throw conflict(streamId, ev, current);
        if (fresh.length === 0) return { nextExpectedVersion: current, events: [] };

        const actor = plainActor(o.context.actor);
        const occurredAt = o.occurredAt.toISOString();
        const rows = fresh.map((e, i) => {
          const env: HashedEnvelope = {
            id: (e.id ?? randomUUID()).toLowerCase(),
            streamId,
            streamVersion: current + i + 1,
            type: e.type,
            schemaVersion: e.schemaVersion ?? 1,
            // What jsonb will give back: plain JSON (undefined dropped, dates as strings).
            data: JSON.parse(JSON.stringify(e.data ?? null)) as unknown,
            province,
            actor,
            occurredAt,
            recordedAt,
            reason: e.reason ?? null,
            correlationId: o.context.correlationId,
            causationId: o.context.causationId ?? null,
          };
          const hash = eventHash(env, prev);
          const row = { ...env, prevHash: prev, hash };
          prev = hash;
          return row;
        });
        let inserted: EventRow[];
        try {
          ({ rows: inserted } = await tx.query<EventRow>(
            `INSERT INTO ${s}.events (province, stream_id, stream_version, event_id, type, schema_version, data, actor,
                occurred_at, recorded_at, reason, correlation_id, causation_id, prev_hash, hash)
             SELECT $1, r."streamId", r."streamVersion", r.id, r.type, r."schemaVersion", r.data, r.actor,
                r."occurredAt", r."recordedAt", r.reason, r."correlationId", r."causationId", r."prevHash", r.hash
               FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, "streamId" text, "streamVersion" int, type text,
                 "schemaVersion" int, data jsonb, actor jsonb, "occurredAt" timestamptz, "recordedAt" timestamptz,
                 reason text, "correlationId" text, "causationId" text, "prevHash" text, hash text)
              ORDER BY r."streamVersion"
             RETURNING ${COLUMNS}`,
            [province, JSON.stringify(rows)],
          ));
        } catch (e) {
          if ((e as { code?: string }).code === '23505' && /event_id/.test(String((e as Error).message) + String((e as { constraint?: string }).constraint))) {
            throw new ParError({
              code: 'EVENT_ID_REUSED',
              messageVi: 'Mã sự kiện đã được dùng cho một luồng dữ liệu khác.',
              detail: `An event id given for stream ${streamId} is already stored in another stream`,
            });
          }
          throw e;
        }
        const next = current + fresh.length;
        await tx.query(
          `UPDATE ${s}.streams SET version = $3, last_hash = $4, updated_at = now() WHERE province = $1 AND stream_id = $2`,
          [province, streamId, next, prev],
        );
        inserted.sort((a, b) => a.stream_version - b.stream_version);
        return { nextExpectedVersion: next, events: inserted.map(toStored) };
      });
    },

    async readStream(province, streamId, ro: ReadStreamOptions = {}) {
      const p = provinceId(province);
      return db.withProvince(p, async (tx) => {
        const { rows } = await tx.query<EventRow>(
          `SELECT ${COLUMNS} FROM ${s}.events
            WHERE province = $1 AND stream_id = $2
              AND stream_version >= $3 AND stream_version <= $4
              AND ($5::timestamptz IS NULL OR recorded_at <= $5::timestamptz)
            ORDER BY stream_version`,
          [p, streamId, ro.fromVersion ?? 1, ro.toVersion ?? 2147483647, ro.asOf ? ro.asOf.toISOString() : null],
        );
        return rows.map(toStored);
      });
    },

    async listStreams(province, prefix, lo = {}) {
      const p = provinceId(province);
      return db.withProvince(p, async (tx) => {
        const { rows } = await tx.query<{ stream_id: string; version: number; updated_at: Date | string }>(
          `SELECT stream_id, version, updated_at FROM ${s}.streams
            WHERE province = $1 AND version > 0
              AND left(stream_id, length($2)) = $2 AND stream_id > $3
            ORDER BY stream_id LIMIT $4`,
          [p, prefix, lo.after ?? '', lo.limit ?? 1000],
        );
        return rows.map((r): StreamInfo => ({ streamId: r.stream_id, version: r.version, updatedAt: iso(r.updated_at) }));
      });
    },

    readAll({ after, limit }) {
      return db.asSystem((tx) => readAllIn(tx, after, limit));
    },

    readAllIn,

    async verify(province, streamId) {
      const p = provinceId(province);
      return db.withProvince(p, async (tx) => {
        let checked = 0;
        let cursor: [string, number] = ['', 0];
        let curStream: string | null = null;
        let expectedPrev: string | null = null;
        let expectedVersion = 1;
        const heads = new Map<string, { version: number; last_hash: string | null }>();
        const { rows: sr } = await tx.query<{ stream_id: string; version: number; last_hash: string | null }>(
          `SELECT stream_id, version, last_hash FROM ${s}.streams WHERE province = $1 AND ($2::text IS NULL OR stream_id = $2)`,
          [p, streamId ?? null],
        );
        for (const r of sr) heads.set(r.stream_id, r);
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
            `SELECT ${COLUMNS} FROM ${s}.events
              WHERE province = $1 AND ($2::text IS NULL OR stream_id = $2)
                AND (stream_id, stream_version) > ($3, $4)
              ORDER BY stream_id, stream_version LIMIT 1000`,
            [p, streamId ?? null, cursor[0], cursor[1]],
          );
          if (rows.length === 0) break;
          for (const r of rows) {
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
      });
    },
  };
  return store;
}

/** Used by @par/messaging's forwarder to read inside its own system transaction. */
export interface EventStoreInternals {
  readAllIn(tx: Sql, after: string | null, limit: number): Promise<{ events: StoredEvent[]; checkpoint: string | null }>;
}
