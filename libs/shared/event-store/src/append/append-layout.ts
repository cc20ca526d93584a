import { HASH_HOLES, type HashTemplate } from '../hash';

/** One event of a batch, ready for `append_batch` (what the database needs and what completes the stored row). */
export interface PreparedEvent {
  id: string;
  /** The caller gave the id (so a retry can find the event by it). */
  given: boolean;
  type: string;
  schemaVersion: number;
  /** The data as JSON text: sent as jsonb, parsed again for the returned event (as a read would give it). */
  dataJson: string;
  reason: string | null;
  /** The canonical hash payload around the values known only under the stream lock (see hashTemplate). */
  hash: HashTemplate;
}

/** One append, ready for `append_batch`. */
export interface PreparedBatch {
  streamId: string;
  /** >= 0 exact version, -1 any, -2 no stream (as the function reads it). */
  expected: number;
  actorJson: string;
  occurredAt: string;
  correlationId: string;
  causationId: string | null;
  events: PreparedEvent[];
}

/** One argument of `append_batch` after the province: its SQL name (without `p_`), its SQL type, and its value. */
export interface AppendArgument {
  name: string;
  type: string;
  value(batch: PreparedBatch): unknown;
}

const scalar = (name: string, type: string, value: (b: PreparedBatch) => unknown): AppendArgument => ({ name, type, value });
const perEvent = (name: string, type: string, value: (e: PreparedEvent) => unknown): AppendArgument => ({
  name,
  type: `${type}[]`,
  value: (b) => b.events.map(value),
});

/**
 * THE argument layout of `append_batch` (migrations 0003/0006; applied migrations never change, so this must
 * match them — a unit test compares `appendSignature()` with the latest migration that defines the function).
 * The call's casts, the parameter array and the retry parameters are all derived from this table.
 */
export const APPEND_ARGUMENTS: readonly AppendArgument[] = [
  scalar('stream_id', 'text', (b) => b.streamId),
  scalar('expected', 'integer', (b) => b.expected),
  scalar('actor', 'jsonb', (b) => b.actorJson),
  scalar('occurred_at', 'timestamptz', (b) => b.occurredAt),
  scalar('correlation_id', 'text', (b) => b.correlationId),
  scalar('causation_id', 'text', (b) => b.causationId),
  perEvent('ids', 'uuid', (e) => e.id),
  perEvent('given', 'boolean', (e) => e.given),
  perEvent('types', 'text', (e) => e.type),
  perEvent('schema_versions', 'integer', (e) => e.schemaVersion),
  perEvent('data', 'jsonb', (e) => e.dataJson),
  perEvent('reasons', 'text', (e) => e.reason),
  // One part per gap around the hash holes (h0 + prevHash + h1 + recordedAt + h2 + streamVersion + h3).
  ...Array.from({ length: HASH_HOLES.length + 1 }, (_, k) => perEvent(`h${k}`, 'text', (e) => e.hash[k])),
];

/** The province comes first: `callInProvince` passes it as `set_config('app.province', $1, true)`. */
const PROVINCE_PARAMETER = 'p_province text';

/** What `append_batch` returns per event (only the columns the database assigns), in the function's order. */
export const APPEND_RESULT_COLUMNS = {
  out_id: 'uuid',
  out_version: 'integer',
  out_position: 'text',
  out_recorded_at: 'text',
  out_prev_hash: 'text',
  out_hash: 'text',
  out_stored: 'boolean',
} as const;

/** A returned row; `out_stored` marks events stored before (an idempotent retry of the whole batch). */
export interface AppendRow {
  out_id: string;
  out_version: number;
  out_position: string;
  out_recorded_at: string | null;
  out_prev_hash: string | null;
  out_hash: string;
  out_stored: boolean;
}

export const APPEND_TYPES: readonly string[] = APPEND_ARGUMENTS.map((a) => a.type);

const GIVEN = APPEND_ARGUMENTS.findIndex((a) => a.name === 'given');

/** The parameters after the province, in the layout's order. */
export function appendValues(batch: PreparedBatch): unknown[] {
  return APPEND_ARGUMENTS.map((a) => a.value(batch));
}

/** The same call with every id marked as given: re-sent after a lost connection, it finds what did commit. */
export function appendRetryValues(values: readonly unknown[], batch: PreparedBatch): unknown[] {
  const retry = [...values];
  retry[GIVEN] = batch.events.map(() => true);
  return retry;
}

/** The SQL parameter list the layout stands for (`p_province text, p_stream_id text, …`). */
export function appendSignature(): string {
  return [PROVINCE_PARAMETER, ...APPEND_ARGUMENTS.map((a) => `p_${a.name} ${a.type}`)].join(', ');
}

/** The SQL result columns the layout expects (`out_id uuid, …`). */
export function appendResultSignature(): string {
  return Object.entries(APPEND_RESULT_COLUMNS)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
}
