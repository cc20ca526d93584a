import { randomUUID } from 'node:crypto';
import { ConcurrencyConflictError, ForbiddenError, ParError, provinceId, ValidationError, type ProvinceId } from '@par/kernel';
import { assertIdent, isConnectionError, type Database, type Sql } from '@par/database';
import { hashTemplate } from './hash';
import { COLUMNS, iso, json, rowOf, type EventRow } from './event-row';
import { verifyChain } from './verify-chain';
import { checkHeads, readHeads } from './anchor';
import type { AppendOptions, EventStore, ExpectedVersion, ReadStreamOptions, StoredEvent, StreamInfo, Upcaster } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Argument types of `append_batch` after the province (migration 0003). */
const APPEND_TYPES = [
  'text',
  'integer',
  'jsonb',
  'timestamptz',
  'text',
  'text',
  'uuid[]',
  'boolean[]',
  'text[]',
  'integer[]',
  'jsonb[]',
  'text[]',
  'text[]',
  'text[]',
  'text[]',
  'text[]',
] as const;

/** What `append_batch` (migration 0003) returns per event: only the columns the database assigns. */
interface AppendRow {
  out_id: string;
  out_version: number;
  out_position: string;
  out_recorded_at: string | null;
  out_prev_hash: string | null;
  out_hash: string;
  out_stored: boolean;
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
    const { rows } = await tx.query<unknown[]>(
      // Qualified names: unqualified ORDER BY would bind to the ::text output aliases (text order, "10" < "9").
      `SELECT ${COLUMNS} FROM ${s}.events e
        WHERE e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
          AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
        ORDER BY e.transaction_id, e.global_position
        LIMIT $3`,
      [txid, pos, Math.max(1, Math.floor(limit))],
      { rowMode: 'array' }, // replay hot path: arrays parse faster than objects
    );
    const events = rows.map((a) => toStored(rowOf(a)));
    const last = rows[rows.length - 1];
    return { events, checkpoint: last ? `${String(last[4])}:${String(last[3])}` : after };
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
      // A string with half a surrogate pair is hashed as an escape but stored as U+FFFD: it would break the
      // hash chain for good. Refuse it before anything is written.
      const texts = [
        streamId,
        o.context.correlationId,
        o.context.causationId,
        o.context.actor.id,
        o.context.actor.name,
        o.context.actor.unitId,
      ];
      for (const e of events) texts.push(e.type, e.reason ?? undefined, JSON.stringify(e.data ?? null));
      if (texts.some((t) => typeof t === 'string' && !t.isWellFormed())) {
        throw new ValidationError({
          code: 'INVALID_TEXT',
          messageVi: 'Nội dung có ký tự không hợp lệ (ký tự bị cắt dở). Vui lòng nhập lại.',
          detail: 'A text field contains a lone UTF-16 surrogate (not well-formed Unicode)',
        });
      }
      if (!(o.occurredAt instanceof Date) || Number.isNaN(o.occurredAt.getTime())) {
        throw new Error('occurredAt must be a valid Date');
      }
      const actor = plainActor(o.context.actor);
      const occurredAt = o.occurredAt.toISOString();
      const correlationId = o.context.correlationId;
      const causationId = o.context.causationId ?? null;
      // Everything but prevHash, recordedAt and streamVersion is known here: the hash payload is rendered
      // now and finished by the database under the stream lock (migration 0003, one round trip). The batch
      // goes as parallel arrays; only the DB-assigned columns come back and the rows are completed here.
      const n = events.length;
      const ids: string[] = new Array<string>(n);
      const given: boolean[] = new Array<boolean>(n);
      const types: string[] = new Array<string>(n);
      const schemaVersions: number[] = new Array<number>(n);
      const dataJson: string[] = new Array<string>(n);
      const reasons: (string | null)[] = new Array<string | null>(n);
      const h0: string[] = new Array<string>(n);
      const h1: string[] = new Array<string>(n);
      const h2: string[] = new Array<string>(n);
      const h3: string[] = new Array<string>(n);
      for (let i = 0; i < n; i++) {
        const e = events[i]!;
        given[i] = e.id !== undefined;
        const id = (e.id ?? randomUUID()).toLowerCase();
        // What jsonb will give back: plain JSON (undefined dropped, dates as strings).
        const json = JSON.stringify(e.data ?? null) ?? 'null';
        const data = JSON.parse(json) as unknown;
        const schemaVersion = e.schemaVersion ?? 1;
        const reason = e.reason ?? null;
        [h0[i], h1[i], h2[i], h3[i]] = hashTemplate({
          id,
          streamId,
          type: e.type,
          schemaVersion,
          data,
          province,
          actor,
          occurredAt,
          reason,
          correlationId,
          causationId,
        });
        ids[i] = id;
        types[i] = e.type;
        schemaVersions[i] = schemaVersion;
        dataJson[i] = json;
        reasons[i] = reason;
      }
      const byId = new Map<string, number>();
      for (let i = 0; i < n; i++) byId.set(ids[i]!, i);
      const expected = ev === 'any' ? -1 : ev === 'no_stream' ? -2 : ev;
      const args = [streamId, expected, JSON.stringify(actor), occurredAt, correlationId, causationId, ids];
      const rest = [types, schemaVersions, dataJson, reasons, h0, h1, h2, h3];
      let rows: AppendRow[];
      try {
        // One round trip: the call is its own transaction (no BEGIN/set_config/COMMIT statements). If the
        // connection breaks after it was sent, it is re-sent with every id marked as given: an append that did
        // commit is then found by its ids and returned as stored, never written twice.
        rows = await db.callInProvince<AppendRow>(province, {
          fn: `${s}.append_batch`,
          types: APPEND_TYPES,
          values: [...args, given, ...rest],
          retryValues: [...args, ids.map(() => true), ...rest],
          name: `par_es_append_${s}`,
        });
      } catch (e) {
        const err = e as { code?: string; message?: string; detail?: string; constraint?: string };
        if (err.code === 'PA409') throw conflict(streamId, ev, Number(err.detail));
        if (err.code === 'PA403') throw new ForbiddenError(String(err.message));
        if (isConnectionError(e)) {
          // Retries are exhausted; the last attempt may or may not have committed.
          const err2 = new ParError({
            code: 'STORE_UNAVAILABLE',
            messageVi: 'Không kết nối được cơ sở dữ liệu; thao tác có thể chưa được lưu. Vui lòng tải lại để kiểm tra rồi thử lại.',
            detail:
              `Event store unreachable while appending to ${streamId} (${String(err.code ?? err.message)}); the outcome is unknown. ` +
              'Re-sending is safe with the same event ids or an exact expectedVersion, not with generated ids and "any".',
          });
          throw Object.assign(err2, { cause: e });
        }
        if (err.code === '23505' && /event_id/.test(String(err.message) + String(err.constraint))) {
          throw new ParError({
            code: 'EVENT_ID_REUSED',
            messageVi: 'Mã sự kiện đã được dùng cho một luồng dữ liệu khác.',
            detail: `An event id given for stream ${streamId} is already stored in another stream`,
          });
        }
        throw e;
      }
      if (rows.length === 0) {
        // Nothing to append (empty list): the version check passed; report the current version.
        const v = await db.withProvince(province, (tx) =>
          tx.query<{ version: number }>(`SELECT version FROM ${s}.streams WHERE province = $1 AND stream_id = $2`, [province, streamId]),
        );
        return { nextExpectedVersion: v.rows[0]?.version ?? 0, events: [] };
      }
      if (rows[0]!.out_stored) {
        // Idempotent retry of events all stored before: return them as stored (rare; one more statement).
        const { rows: stored } = await db.withProvince(province, (tx) =>
          tx.query<EventRow>(
            `SELECT ${COLUMNS} FROM ${s}.events e
              WHERE e.province = $1 AND e.stream_id = $2 AND e.event_id = ANY ($3::uuid[]) ORDER BY e.stream_version`,
            [province, streamId, rows.map((r) => r.out_id)],
          ),
        );
        return { nextExpectedVersion: stored[stored.length - 1]!.stream_version, events: stored.map(toStored) };
      }
      rows.sort((a, b) => a.out_version - b.out_version);
      const out = rows.map((r) => {
        const i = byId.get(r.out_id)!;
        return toStored({
          province,
          stream_id: streamId,
          stream_version: r.out_version,
          global_position: r.out_position,
          transaction_id: '',
          event_id: r.out_id,
          type: types[i]!,
          schema_version: schemaVersions[i]!,
          data: dataJson[i], // parsed by toStored: a fresh copy, as a read would give
          actor: { ...actor, roles: [...actor.roles] },
          occurred_at: occurredAt,
          recorded_at: r.out_recorded_at!,
          reason: reasons[i]!,
          correlation_id: correlationId,
          causation_id: causationId,
          prev_hash: r.out_prev_hash,
          hash: r.out_hash,
        });
      });
      return { nextExpectedVersion: rows[rows.length - 1]!.out_version, events: out };
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

    async headPosition(tx) {
      const { rows } = await tx.query<{ p: string }>(`SELECT coalesce(max(global_position), 0)::text AS p FROM ${s}.events`);
      return rows[0]!.p;
    },

    async countUnread(tx, after, upToPosition) {
      const [txid, pos] = parseCheckpoint(after);
      const { rows } = await tx.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM ${s}.events e
          WHERE e.global_position <= $3::bigint AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)`,
        [txid, pos, upToPosition],
      );
      return Number(rows[0]!.n);
    },

    async verify(province, streamId) {
      const p = provinceId(province);
      return db.withProvince(p, (tx) => verifyChain(tx, s, p, streamId));
    },

    async heads(province) {
      const p = provinceId(province);
      return db.withProvince(p, (tx) => readHeads(tx, s, p));
    },

    async checkHeads(province, anchored) {
      const p = provinceId(province);
      return db.withProvince(p, (tx) => checkHeads(tx, s, p, anchored));
    },
  };
  return store;
}

/** Used by the outbox forwarder (`outbox/forwarder.ts`) to read inside its own system transaction; not public. */
export interface EventStoreInternals {
  readAllIn(tx: Sql, after: string | null, limit: number): Promise<{ events: StoredEvent[]; checkpoint: string | null }>;
  /** Highest global position committed and visible to `tx` ('0' when empty). */
  headPosition(tx: Sql): Promise<string>;
  /** Events at or below `upToPosition` that a reader at checkpoint `after` has not read yet. */
  countUnread(tx: Sql, after: string | null, upToPosition: string): Promise<number>;
}
