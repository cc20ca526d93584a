import type { ProvinceId } from '@par/kernel';
import { iso, json, type EventRow } from '../event-row';
import type { StoredEvent, Upcaster } from '../types';

/** Upcasters by `type@fromVersion`; two for the same key are refused. */
export function upcasterIndex(upcasters: readonly Upcaster[] = []): Map<string, Upcaster> {
  const byKey = new Map<string, Upcaster>();
  for (const u of upcasters) {
    const key = `${u.type}@${u.fromVersion}`;
    if (byKey.has(key)) throw new Error(`Two upcasters for ${key}`);
    byKey.set(key, u);
  }
  return byKey;
}

/** A stored row as the event callers see: data upcast through the chain (`fromVersion → fromVersion + 1`). */
export function storedEventOf(upcasters: ReadonlyMap<string, Upcaster>, r: EventRow): StoredEvent {
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
