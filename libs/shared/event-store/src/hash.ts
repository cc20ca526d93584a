import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level; the input must already be plain JSON data. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** The envelope fields that are hashed (everything but the global position, which the database assigns). */
export interface HashedEnvelope {
  id: string;
  streamId: string;
  streamVersion: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  province: string;
  actor: unknown;
  occurredAt: string;
  recordedAt: string;
  reason: string | null;
  correlationId: string;
  causationId: string | null;
}

export function eventHash(env: HashedEnvelope, prevHash: string | null): string {
  const payload = canonicalJson({ ...env, prevHash });
  return createHash('sha256').update(payload, 'utf8').digest('hex');
}

/**
 * The canonical JSON of `{ ...env, prevHash }` cut around the three values only known under the stream lock
 * (prevHash, recordedAt, streamVersion), so the database can finish the hash in the same round trip:
 * payload = h0 + json(prevHash) + h1 + json(recordedAt) + h2 + streamVersion + h3.
 * Relies on the sorted key order of canonicalJson; `eventHash` stays the reference (a unit test compares them).
 */
export function hashTemplate(env: Omit<HashedEnvelope, 'recordedAt' | 'streamVersion'>): [h0: string, h1: string, h2: string, h3: string] {
  const c = canonicalJson;
  return [
    `{"actor":${c(env.actor)},"causationId":${c(env.causationId)},"correlationId":${c(env.correlationId)},"data":${c(env.data)},"id":${c(env.id)},"occurredAt":${c(env.occurredAt)},"prevHash":`,
    `,"province":${c(env.province)},"reason":${c(env.reason)},"recordedAt":`,
    `,"schemaVersion":${c(env.schemaVersion)},"streamId":${c(env.streamId)},"streamVersion":`,
    `,"type":${c(env.type)}}`,
  ];
}
