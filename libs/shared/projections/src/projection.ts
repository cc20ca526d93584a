import { assertIdent, rlsTableSql, type Database, type Migration, type Sql } from '@par/database';
import { provinceId } from '@par/kernel';
import { HEADERS, type IncomingMessage, type MessageBus } from '@par/messaging';
import { projectionLockKey } from './projection-lock';
import { markProcessed } from './projection-spec';

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

/**
 * Idempotent consumer: for each message, one transaction as the app role for the message's province
 * (RLS applies) records the event id and runs handle(); a message already recorded is skipped, so
 * redelivery never double-applies. Messages without a valid province header go to the DLQ after retries.
 * Each transaction holds the shared side of `projectionLockKey(schema)`: while a rebuild in the schema holds
 * the exclusive side, the consumer waits (its messages stay unacknowledged) and resumes after it.
 */
export async function startProjection(opts: ProjectionOptions): Promise<Projection> {
  const s = assertIdent(opts.schema, 'schema name');
  const sub = await opts.bus.subscribe({
    groupId: opts.groupId ?? opts.name,
    topics: opts.topics,
    fromBeginning: opts.fromBeginning ?? true,
    ...(opts.maxRetries !== undefined && { maxRetries: opts.maxRetries }),
    handle: async (m) => {
      const province = provinceId(m.headers[HEADERS.province]);
      // The header decides the RLS session: a payload that names another province is refused (→ DLQ).
      const bodyProvince = (m.value as { province?: unknown } | null)?.province;
      if (bodyProvince !== undefined && bodyProvince !== province) {
        throw new Error(`province header ${province} differs from the message's province ${String(bodyProvince)}`);
      }
      const eventId = m.headers[HEADERS.eventId] || `${m.topic}/${m.partition}/${m.offset}`;
      await opts.db.withProvince(
        province,
        async (tx) => {
          if (await markProcessed(tx, s, opts.name, province, eventId)) await opts.handle(tx, m);
          await tx.query(
            `INSERT INTO ${s}.projection_checkpoints (projection, topic, partition, "offset") VALUES ($1, $2, $3, $4)
           ON CONFLICT (projection, topic, partition)
           DO UPDATE SET "offset" = GREATEST(${s}.projection_checkpoints."offset", EXCLUDED."offset"), updated_at = now()`,
            [opts.name, m.topic, m.partition, m.offset],
          );
        },
        { sharedLock: projectionLockKey(s) },
      );
    },
  });
  return { stop: () => sub.close(), lag: () => sub.lag() };
}
