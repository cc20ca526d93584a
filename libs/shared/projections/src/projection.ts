import { assertIdent, rlsTableSql, type Database, type Migration, type Sql } from '@par/database';
import { provinceId, type ProvinceId } from '@par/kernel';
import { HEADERS, type IncomingMessage, type MessageBus } from '@par/messaging';
import { projectionLockKey } from './projection-lock';
import { markProcessedMany } from './projection-spec';

/** Tables of the idempotent consumer: processed event ids (per province, RLS) and last offsets. */
export function projectionMigrations(schema: string): Migration[] {
  const s = assertIdent(schema, 'schema name');
  return [
    {
      name: '0001-projection-bookkeeping',
      sql: `
CREATE TABLE ${s}.processed_events (
  province      text NOT NULL DEFAULT current_setting('app.province', true),
  projection    text NOT NULL,
  event_id      text NOT NULL,
  processed_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province, projection, event_id)
);
${rlsTableSql(`${s}.processed_events`)}
CREATE TABLE ${s}.projection_checkpoints (
  projection   text NOT NULL,
  topic        text NOT NULL,
  partition    integer NOT NULL,
  "offset"     bigint NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (projection, topic, partition)
);
`,
    },
    {
      // Kafka offsets per projection: no province data, shared by all provinces' messages.
      name: '0002-projection-checkpoints-not-province-data',
      sql: `COMMENT ON TABLE ${s}.projection_checkpoints IS 'par:not-province-data: Kafka offsets per projection and partition';`,
    },
  ];
}

export interface ProjectionOptions {
  /** Consumer group id and the projection's name in the bookkeeping tables. */
  name: string;
  /** Schema holding projectionMigrations(schema) tables (usually the service's read-model schema). */
  schema: string;
  db: Database;
  bus: MessageBus;
  topics: string[];
  /** Applies one message to the read model, inside the province transaction. */
  handle: (tx: Sql, m: IncomingMessage) => Promise<void>;
  /**
   * Optional: applies several messages of ONE province at once (in order, none processed before), inside the
   * province transaction — a consumer that re-reads and rewrites what a message touches pays that once per batch.
   * Without it, a batch runs `handle` for each message in one transaction. Either way the result must equal applying
   * the messages one by one.
   */
  handleBatch?: (tx: Sql, ms: readonly IncomingMessage[]) => Promise<void>;
  maxRetries?: number;
  /** Default true: a new projection reads the topics from the beginning. */
  fromBeginning?: boolean;
  /** Consumer group id when it must differ from `name` (test runs isolate their groups); default `name`. */
  groupId?: string;
}

export interface Projection {
  stop(): Promise<void>;
  lag(): Promise<number>;
}

/** The province a message is for: its header, which must agree with the payload's (else it is refused → DLQ). */
function messageProvince(m: IncomingMessage): ProvinceId {
  const province = provinceId(m.headers[HEADERS.province]);
  const bodyProvince = (m.value as { province?: unknown } | null)?.province;
  if (bodyProvince !== undefined && bodyProvince !== province) {
    throw new Error(`province header ${province} differs from the message's province ${String(bodyProvince)}`);
  }
  return province;
}

const eventIdOf = (m: IncomingMessage) => m.headers[HEADERS.eventId] || `${m.topic}/${m.partition}/${m.offset}`;

/** Consecutive messages of the same province (order kept): each run is applied in one province transaction. */
function provinceRuns(ms: readonly IncomingMessage[]): { province: ProvinceId; messages: IncomingMessage[] }[] {
  const runs: { province: ProvinceId; messages: IncomingMessage[] }[] = [];
  for (const m of ms) {
    const province = messageProvince(m);
    const last = runs[runs.length - 1];
    if (last?.province === province) last.messages.push(m);
    else runs.push({ province, messages: [m] });
  }
  return runs;
}

/** Records the highest offset of each partition among the messages (never moving a checkpoint back). */
async function writeCheckpoints(tx: Sql, s: string, projection: string, ms: readonly IncomingMessage[]): Promise<void> {
  const last = new Map<string, IncomingMessage>();
  for (const m of ms) last.set(`${m.topic}\u0000${m.partition}`, m);
  for (const m of last.values()) {
    await tx.query(
      `INSERT INTO ${s}.projection_checkpoints (projection, topic, partition, "offset") VALUES ($1, $2, $3, $4)
       ON CONFLICT (projection, topic, partition)
       DO UPDATE SET "offset" = GREATEST(${s}.projection_checkpoints."offset", EXCLUDED."offset"), updated_at = now()`,
      [projection, m.topic, m.partition, m.offset],
    );
  }
}

/**
 * Idempotent consumer: for each message — or each run of one province's messages the bus fetched together — one
 * transaction as the app role for that province (RLS applies) records the event ids and applies the messages not
 * recorded before (`handleBatch`, else `handle` for each), so redelivery never double-applies. A batch that fails
 * is retried message by message by the bus; messages without a valid province header go to the DLQ after retries.
 * Each transaction holds the shared side of `projectionLockKey(schema)`: while a rebuild in the schema holds
 * the exclusive side, the consumer waits (its messages stay unacknowledged) and resumes after it.
 */
export async function startProjection(opts: ProjectionOptions): Promise<Projection> {
  const s = assertIdent(opts.schema, 'schema name');
  const applyFresh = async (tx: Sql, fresh: readonly IncomingMessage[]) => {
    if (fresh.length === 0) return;
    if (opts.handleBatch && fresh.length > 1) return opts.handleBatch(tx, fresh);
    for (const m of fresh) await opts.handle(tx, m);
  };
  const applyRun = (province: ProvinceId, ms: readonly IncomingMessage[]) =>
    opts.db.withProvince(
      province,
      async (tx) => {
        const recorded = await markProcessedMany(tx, s, opts.name, province, ms.map(eventIdOf));
        await applyFresh(
          tx,
          ms.filter((m, i) => recorded[i]),
        );
        await writeCheckpoints(tx, s, opts.name, ms);
      },
      { sharedLock: projectionLockKey(s) },
    );
  const sub = await opts.bus.subscribe({
    groupId: opts.groupId ?? opts.name,
    topics: opts.topics,
    fromBeginning: opts.fromBeginning ?? true,
    ...(opts.maxRetries !== undefined && { maxRetries: opts.maxRetries }),
    handle: (m) => applyRun(messageProvince(m), [m]),
    handleBatch: async (ms) => {
      for (const run of provinceRuns(ms)) await applyRun(run.province, run.messages);
    },
  });
  return { stop: () => sub.close(), lag: () => sub.lag() };
}
