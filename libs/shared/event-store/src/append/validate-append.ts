import { ValidationError } from '@par/kernel';
import type { AppendOptions, NewEvent } from '../types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses an append before anything is sent: stream id, expected version, event ids and types, text, time. */
export function validateAppend(streamId: string, events: readonly NewEvent[], o: AppendOptions): void {
  if (typeof streamId !== 'string' || streamId.length === 0 || streamId.length > 200) {
    throw new Error(`Invalid stream id ${JSON.stringify(streamId)}`);
  }
  const ev = o.expectedVersion;
  if (!(ev === 'any' || ev === 'no_stream' || (Number.isInteger(ev) && ev >= 0))) {
    throw new Error(`Invalid expectedVersion ${String(ev)}`);
  }
  for (const e of events) {
    if (e.id !== undefined && !UUID.test(e.id)) throw new Error(`Event id must be a uuid, got ${e.id}`);
    if (!e.type) throw new Error('Event type is required');
  }
  assertWellFormedText(streamId, events, o);
  if (!(o.occurredAt instanceof Date) || Number.isNaN(o.occurredAt.getTime())) {
    throw new Error('occurredAt must be a valid Date');
  }
}

/**
 * A string with half a surrogate pair is hashed as an escape but stored as U+FFFD: it would break the hash chain
 * for good. Refuse it before anything is written.
 */
function assertWellFormedText(streamId: string, events: readonly NewEvent[], o: AppendOptions): void {
  const { correlationId, causationId, actor } = o.context;
  const texts = [streamId, correlationId, causationId, actor.id, actor.name, actor.unitId];
  for (const e of events) texts.push(e.type, e.reason ?? undefined, JSON.stringify(e.data ?? null));
  if (texts.some((t) => typeof t === 'string' && !t.isWellFormed())) {
    throw new ValidationError({
      code: 'INVALID_TEXT',
      messageVi: 'Nội dung có ký tự không hợp lệ (ký tự bị cắt dở). Vui lòng nhập lại.',
      detail: 'A text field contains a lone UTF-16 surrogate (not well-formed Unicode)',
    });
  }
}
