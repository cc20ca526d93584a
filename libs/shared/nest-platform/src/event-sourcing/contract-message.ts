import type { StoredEvent } from '@par/event-store';
import { HEADERS, type OutgoingMessage } from '@par/messaging';

/** Builds the Kafka message of a published contract: key = stream id, headers carry province and lineage. */
export function contractMessage(topic: string, e: StoredEvent, value: { type: string; version: number }): OutgoingMessage {
  return {
    topic,
    key: e.streamId,
    value,
    headers: {
      [HEADERS.province]: e.province,
      [HEADERS.eventType]: value.type,
      [HEADERS.schemaVersion]: String(value.version),
      [HEADERS.correlationId]: e.correlationId,
      [HEADERS.causationId]: e.causationId ?? e.id,
      [HEADERS.eventId]: e.id,
    },
  };
}
