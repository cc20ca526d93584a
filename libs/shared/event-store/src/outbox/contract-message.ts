import { HEADERS, type OutgoingMessage } from '@par/messaging';
import type { StoredEvent } from '../types';

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

/** Standard message for an event: topic given, key = stream id, the standard headers, value = the event itself. */
export function eventMessage(topic: string, e: StoredEvent): OutgoingMessage {
  const headers: Record<string, string> = {
    [HEADERS.province]: e.province,
    [HEADERS.eventType]: e.type,
    [HEADERS.schemaVersion]: String(e.schemaVersion),
    [HEADERS.correlationId]: e.correlationId,
    [HEADERS.eventId]: e.id,
  };
  if (e.causationId) headers[HEADERS.causationId] = e.causationId;
  return { topic, key: e.streamId, value: e, headers };
}
