import { errorFields, platformLogger } from '@par/observability';
import { dlqMessage, HEADERS, type IncomingMessage, type OutgoingMessage } from './bus';
import { deadLetteredCounter } from './metrics';

/** Where a message is and what it is, for a log line: never its payload (province data, user-typed values). */
export function messageLogFields(m: IncomingMessage): Record<string, unknown> {
  return {
    topic: m.topic,
    partition: m.partition,
    offset: m.offset,
    eventId: m.headers[HEADERS.eventId],
    eventType: m.headers[HEADERS.eventType],
    province: m.headers[HEADERS.province],
    correlationId: m.headers[HEADERS.correlationId],
  };
}

/**
 * A message its handler failed on after every retry goes to `<topic>.dlq` (with the error in its headers), is
 * counted (`par_dead_lettered_total`) and logged with its correlation id, so the request that caused it can be found
 * in the gateway's access log.
 */
export async function deadLetter(
  publish: (messages: OutgoingMessage[]) => Promise<void>,
  groupId: string,
  m: IncomingMessage,
  failure: { error: unknown; attempts: number },
): Promise<void> {
  await publish([dlqMessage(m, failure)]);
  deadLetteredCounter.inc({ group: groupId, topic: m.topic });
  platformLogger('messaging').error(
    { ...messageLogFields(m), group: groupId, attempts: failure.attempts, ...errorFields(failure.error) },
    'message dead-lettered after its retries',
  );
}
