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

/** Every hashed field, with `prevHash`: the keys of the canonical payload. */
const PAYLOAD_FIELDS = {
  id: true,
  streamId: true,
  streamVersion: true,
  type: true,
  schemaVersion: true,
  data: true,
  province: true,
  actor: true,
  occurredAt: true,
  recordedAt: true,
  reason: true,
  correlationId: true,
  causationId: true,
  prevHash: true,
} satisfies Record<keyof HashedEnvelope | 'prevHash', true>;

/**
 * The three payload fields only known under the stream lock, in the order `append_batch` splices them between
 * the template's parts: payload = part0 + json(prevHash) + part1 + json(recordedAt) + part2 + streamVersion + part3.
 */
export const HASH_HOLES = ['prevHash', 'recordedAt', 'streamVersion'] as const;

type HashHole = (typeof HASH_HOLES)[number];
export type TemplateEnvelope = Omit<HashedEnvelope, Exclude<HashHole, 'prevHash'>>;
export type HashTemplate = [h0: string, h1: string, h2: string, h3: string];

/** The payload's keys in canonical (sorted) order, each with its `"key":` prefix (a comma before all but the first). */
const SORTED_KEYS = (Object.keys(PAYLOAD_FIELDS) as (keyof typeof PAYLOAD_FIELDS)[]).sort();
const TEMPLATE_KEYS = SORTED_KEYS.map((key, i) => ({
  key,
  prefix: `${i === 0 ? '{' : ','}${JSON.stringify(key)}:`,
  hole: (HASH_HOLES as readonly string[]).includes(key),
}));
if (TEMPLATE_KEYS.filter((k) => k.hole).some((k, i) => k.key !== HASH_HOLES[i])) {
  throw new Error('hash template: the holes must come in canonical key order');
}

/**
 * The canonical JSON of `{ ...env, prevHash }` cut around the holes (HASH_HOLES), so the database can finish the
 * hash in the same round trip. Derived from canonicalJson's sorted key order; `eventHash` stays the reference
 * (a unit test compares them).
 */
export function hashTemplate(env: TemplateEnvelope): HashTemplate {
  const parts: string[] = [];
  let part = '';
  for (const { key, prefix, hole } of TEMPLATE_KEYS) {
    part += prefix;
    if (hole) {
      parts.push(part);
      part = '';
    } else part += canonicalJson(env[key as keyof TemplateEnvelope]);
  }
  parts.push(part + '}');
  return parts as HashTemplate;
}
