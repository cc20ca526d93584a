import { randomUUID } from 'node:crypto';
import type { ProvinceId } from '@par/kernel';
import { hashTemplate } from '../hash';
import type { AppendOptions, NewEvent, StoredEvent } from '../types';
import type { PreparedBatch, PreparedEvent } from './append-layout';

function plainActor(a: AppendOptions['context']['actor']): StoredEvent['actor'] {
  const out: StoredEvent['actor'] = { id: a.id, roles: [...a.roles] };
  if (a.name !== undefined) out.name = a.name;
  if (a.unitId !== undefined) out.unitId = a.unitId;
  return out;
}

/** The expected version as `append_batch` reads it: >= 0 exact, -1 any, -2 no stream. */
function expectedOf(ev: AppendOptions['expectedVersion']): number {
  return ev === 'any' ? -1 : ev === 'no_stream' ? -2 : ev;
}

/**
 * Everything but prevHash, recordedAt and streamVersion is known before the call: ids are fixed, the data is
 * rendered as the JSON jsonb will give back, and the hash payload is rendered around the three missing values
 * (the database finishes it under the stream lock, in the same round trip).
 */
export function prepareBatch(
  province: ProvinceId,
  streamId: string,
  events: readonly NewEvent[],
  o: AppendOptions,
): { batch: PreparedBatch; actor: StoredEvent['actor'] } {
  const actor = plainActor(o.context.actor);
  const occurredAt = o.occurredAt.toISOString();
  const correlationId = o.context.correlationId;
  const causationId = o.context.causationId ?? null;
  const prepared = events.map((e): PreparedEvent => {
    const id = (e.id ?? randomUUID()).toLowerCase();
    // What jsonb will give back: plain JSON (undefined dropped, dates as strings).
    const dataJson = JSON.stringify(e.data ?? null) ?? 'null';
    const schemaVersion = e.schemaVersion ?? 1;
    const reason = e.reason ?? null;
    const envelope = {
      id,
      streamId,
      type: e.type,
      schemaVersion,
      data: JSON.parse(dataJson) as unknown,
      province,
      actor,
      occurredAt,
      reason,
      correlationId,
      causationId,
    };
    return { id, given: e.id !== undefined, type: e.type, schemaVersion, dataJson, reason, hash: hashTemplate(envelope) };
  });
  const batch: PreparedBatch = {
    streamId,
    expected: expectedOf(o.expectedVersion),
    actorJson: JSON.stringify(actor),
    occurredAt,
    correlationId,
    causationId,
    events: prepared,
  };
  return { batch, actor };
}
