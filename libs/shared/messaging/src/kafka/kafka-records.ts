import type { IncomingMessage, OutgoingMessage } from '../bus';
import type { StrMessage } from './kafka-clients';

/** The record the producer sends for a message: the value as JSON. */
export const toKafkaRecord = (m: OutgoingMessage) => ({
  topic: m.topic,
  key: m.key,
  value: JSON.stringify(m.value ?? null),
  headers: { ...m.headers },
});

/** A received record as the handler sees it; throws when the value is not JSON. */
export const toIncoming = (m: StrMessage): IncomingMessage => ({
  topic: m.topic,
  partition: m.partition,
  offset: m.offset.toString(),
  key: m.key ?? '',
  value: m.value === undefined || m.value === null || m.value === '' ? null : (JSON.parse(m.value) as unknown),
  headers: Object.fromEntries(m.headers ?? new Map<string, string>()),
});

/**
 * A received record, never throwing: a value that is not JSON can never be handled, so it comes back
 * as `unreadable` (the parse error), with the raw string as the value, for the DLQ.
 */
export function readIncoming(raw: StrMessage): { message: IncomingMessage; unreadable: unknown } {
  try {
    return { message: toIncoming(raw), unreadable: null };
  } catch (e) {
    return { message: { ...toIncoming({ ...raw, value: '' } as StrMessage), value: raw.value ?? null }, unreadable: e };
  }
}
