import { provinceId, type ProvinceId } from '@par/kernel';
import type { Database } from '@par/database';
import { COLUMNS, type EventRow } from '../event-row';
import type { AppendOptions, NewEvent, StoredEvent } from '../types';
import { appendError } from './append-errors';
import { APPEND_TYPES, appendRetryValues, appendValues, type AppendRow, type PreparedBatch } from './append-layout';
import { prepareBatch } from './prepare-batch';
import { validateAppend } from './validate-append';

/** What the append needs from its store. */
export interface AppendTarget {
  db: Database;
  /** The store's schema (a checked identifier). */
  schema: string;
  toStored(r: EventRow): StoredEvent;
}

export interface AppendResult {
  nextExpectedVersion: number;
  events: StoredEvent[];
}

/** `EventStore.append`: validate, prepare, one `append_batch` call, then the stored events. */
export async function appendEvents(
  target: AppendTarget,
  streamId: string,
  events: readonly NewEvent[],
  o: AppendOptions,
): Promise<AppendResult> {
  const province = provinceId(o.context.province);
  validateAppend(streamId, events, o);
  const { batch, actor } = prepareBatch(province, streamId, events, o);
  let rows: AppendRow[];
  try {
    rows = await callAppendBatch(target, province, batch);
  } catch (e) {
    throw appendError(e, streamId, o.expectedVersion);
  }
  if (rows.length === 0) return { nextExpectedVersion: await currentVersion(target, province, streamId), events: [] };
  if (rows[0]!.out_stored) return storedBefore(target, province, streamId, rows);
  return { nextExpectedVersion: rows[rows.length - 1]!.out_version, events: completeRows(target, province, batch, actor, rows) };
}

/**
 * One round trip: the call is its own transaction (no BEGIN/set_config/COMMIT statements). If the connection
 * breaks after it was sent, it is re-sent with every id marked as given: an append that did commit is then found
 * by its ids and returned as stored, never written twice.
 */
function callAppendBatch(target: AppendTarget, province: ProvinceId, batch: PreparedBatch): Promise<AppendRow[]> {
  const values = appendValues(batch);
  return target.db.callInProvince<AppendRow>(province, {
    fn: `${target.schema}.append_batch`,
    types: APPEND_TYPES,
    values,
    retryValues: appendRetryValues(values, batch),
    name: `par_es_append_${target.schema}`,
  });
}

/** Nothing to append (empty list): the version check passed; report the current version. */
async function currentVersion(target: AppendTarget, province: ProvinceId, streamId: string): Promise<number> {
  const v = await target.db.withProvince(province, (tx) =>
    tx.query<{ version: number }>(`SELECT version FROM ${target.schema}.streams WHERE province = $1 AND stream_id = $2`, [
      province,
      streamId,
    ]),
  );
  return v.rows[0]?.version ?? 0;
}

/** Idempotent retry of events all stored before: return them as stored (rare; one more statement). */
async function storedBefore(
  target: AppendTarget,
  province: ProvinceId,
  streamId: string,
  rows: readonly AppendRow[],
): Promise<AppendResult> {
  const { rows: stored } = await target.db.withProvince(province, (tx) =>
    tx.query<EventRow>(
      `SELECT ${COLUMNS} FROM ${target.schema}.events e
        WHERE e.province = $1 AND e.stream_id = $2 AND e.event_id = ANY ($3::uuid[]) ORDER BY e.stream_version`,
      [province, streamId, rows.map((r) => r.out_id)],
    ),
  );
  return { nextExpectedVersion: stored[stored.length - 1]!.stream_version, events: stored.map((r) => target.toStored(r)) };
}

/** Only the DB-assigned columns come back: the rows are completed from what was sent, in stream order. */
function completeRows(
  target: AppendTarget,
  province: ProvinceId,
  batch: PreparedBatch,
  actor: StoredEvent['actor'],
  rows: AppendRow[],
): StoredEvent[] {
  const byId = new Map(batch.events.map((e) => [e.id, e]));
  rows.sort((a, b) => a.out_version - b.out_version);
  return rows.map((r) => {
    const e = byId.get(r.out_id)!;
    return target.toStored({
      province,
      stream_id: batch.streamId,
      stream_version: r.out_version,
      global_position: r.out_position,
      transaction_id: '',
      event_id: r.out_id,
      type: e.type,
      schema_version: e.schemaVersion,
      data: e.dataJson, // parsed by toStored: a fresh copy, as a read would give
      actor: { ...actor, roles: [...actor.roles] },
      occurred_at: batch.occurredAt,
      recorded_at: r.out_recorded_at!,
      reason: e.reason,
      correlation_id: batch.correlationId,
      causation_id: batch.causationId,
      prev_hash: r.out_prev_hash,
      hash: r.out_hash,
    });
  });
}
