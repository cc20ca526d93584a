import { isConnectionError } from '@par/database';
export interface OutgoingMessage {
  topic: string;
  key: string;
  /** JSON-serialisable. */
  value: unknown;
  headers: Record<string, string>;
}

export interface IncomingMessage {
  topic: string;
  partition: number;
  /** bigint as decimal string. */
  offset: string;
  key: string;
  value: unknown;
  headers: Record<string, string>;
}

export interface SubscribeOptions {
  groupId: string;
  topics: string[];
  /** Where a group without committed offsets starts: beginning (true) or end (false, default). */
  fromBeginning?: boolean;
  handle: (m: IncomingMessage) => Promise<void>;
  /**
   * Optional: applies several messages at once — those already fetched, in order, at most `maxBatch` — so a
   * consumer can pay per batch what `handle` pays per message (a transaction, the reads of what the messages touch).
   * When it throws, each of the messages is handled alone with `handle` (retries, then the DLQ); it must be
   * idempotent per message.
   */
  handleBatch?: (ms: readonly IncomingMessage[]) => Promise<void>;
  /** Most messages in one `handleBatch` call (default 500). */
  maxBatch?: number;
  /** Retries of a failing message (default 3), then it goes to the dead-letter topic `${topic}.dlq`. */
  maxRetries?: number;
}

export interface Subscription {
  close(): Promise<void>;
  /** Messages not yet processed by the group on the subscribed topics. */
  lag(): Promise<number>;
}

export interface MessageBus {
  publish(messages: OutgoingMessage[]): Promise<void>;
  subscribe(opts: SubscribeOptions): Promise<Subscription>;
  close(): Promise<void>;
  /** Whether the broker answers (readiness): Kafka's cluster metadata within `timeoutMs`; the in-process bus always. */
  ping(timeoutMs: number): Promise<void>;
}

/** Header names carried on every event message. */
export const HEADERS = {
  province: 'province',
  eventType: 'event-type',
  schemaVersion: 'schema-version',
  correlationId: 'correlation-id',
  causationId: 'causation-id',
  eventId: 'event-id',
} as const;
export const HEADER_PROVINCE = HEADERS.province;
export const HEADER_EVENT_TYPE = HEADERS.eventType;
export const HEADER_SCHEMA_VERSION = HEADERS.schemaVersion;
export const HEADER_CORRELATION_ID = HEADERS.correlationId;
export const HEADER_CAUSATION_ID = HEADERS.causationId;
export const HEADER_EVENT_ID = HEADERS.eventId;

/** Headers added to a message sent to a dead-letter topic. */
export const DLQ_HEADERS = {
  error: 'dlq-error',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  attempts: 'dlq-attempts',
} as const;

export const dlqTopic = (topic: string) => `${topic}.dlq`;

/**
 * Runs handle() with up to maxRetries retries (short backoff); returns the last error or null.
 * A database that is unreachable (restarting, failing over) is not the message's fault: such errors are
 * retried with a capped backoff until the subscription closes, so a valid message never lands in the DLQ
 * because of an outage. Only errors that would fail the same way again count towards maxRetries.
 */
export async function handleWithRetries(
  handle: (m: IncomingMessage) => Promise<void>,
  m: IncomingMessage,
  maxRetries: number,
  isClosed: () => boolean,
): Promise<{ error: unknown; attempts: number } | null> {
  let attempts = 0;
  let outage = 0;
  for (;;) {
    attempts += 1;
    try {
      await handle(m);
      return null;
    } catch (e) {
      if (isClosed()) return { error: e, attempts };
      if (isConnectionError(e)) {
        attempts -= 1;
        outage += 1;
        await new Promise((r) => setTimeout(r, Math.min(2000, 50 * 2 ** Math.min(outage, 6))));
        continue;
      }
      if (attempts > maxRetries) return { error: e, attempts };
      await new Promise((r) => setTimeout(r, Math.min(1000, 20 * 2 ** (attempts - 1))));
    }
  }
}

export function dlqMessage(m: IncomingMessage, failure: { error: unknown; attempts: number }): OutgoingMessage {
  const err = failure.error instanceof Error ? `${failure.error.name}: ${failure.error.message}` : String(failure.error);
  return {
    topic: dlqTopic(m.topic),
    key: m.key,
    value: m.value,
    headers: {
      ...m.headers,
      [DLQ_HEADERS.error]: err.slice(0, 2000),
      [DLQ_HEADERS.originalTopic]: m.topic,
      [DLQ_HEADERS.originalPartition]: String(m.partition),
      [DLQ_HEADERS.originalOffset]: m.offset,
      [DLQ_HEADERS.attempts]: String(failure.attempts),
    },
  };
}
