import { ValidationError } from '@par/kernel';

/** A moment sent by a client (ISO 8601 time), or INVALID_TIME naming the argument. */
export function parseMoment(value: string, argument: string): Date {
  const at = /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(at.getTime())) {
    throw new ValidationError({
      code: 'INVALID_TIME',
      messageVi: `Thời điểm "${argument}" không hợp lệ (cần dạng ISO 8601, ví dụ 2025-03-01T08:00:00Z).`,
      detail: `${argument} ${JSON.stringify(value).slice(0, 60)} is not an ISO time`,
      meta: { argument },
    });
  }
  return at;
}

/** The optional form: null stays null (now). */
export const parseOptionalMoment = (value: string | null, argument: string): Date | null =>
  value === null ? null : parseMoment(value, argument);

/** `from` and `to` of a difference, `from` not after `to`. */
export function parseRange(from: string, to: string): { from: Date; to: Date } {
  const range = { from: parseMoment(from, 'from'), to: parseMoment(to, 'to') };
  if (range.from > range.to) {
    throw new ValidationError({
      code: 'INVALID_RANGE',
      messageVi: 'Thời điểm "from" phải trước hoặc bằng thời điểm "to".',
      detail: `from ${range.from.toISOString()} is after to ${range.to.toISOString()}`,
    });
  }
  return range;
}
