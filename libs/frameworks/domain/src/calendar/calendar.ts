import { ValidationError } from '@par/kernel';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR = /^\d{4}$/;

/** True when `s` is a real calendar date written `YYYY-MM-DD` (2023-02-30 is not). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** The calendar day (UTC) of an instant, `YYYY-MM-DD`. */
export const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10);

/**
 * A period bound given as a year (`2023`) or a date (`2023-05-07`), as a date: a year starts on 1 January
 * (`edge: 'start'`) or ends on 31 December (`edge: 'end'`). Undefined when it is neither.
 */
export function periodBound(value: string | number, edge: 'start' | 'end'): string | undefined {
  const s = String(value).trim();
  if (YEAR.test(s)) return edge === 'start' ? `${s}-01-01` : `${s}-12-31`;
  return isIsoDate(s) ? s : undefined;
}

/** The validity period of a framework version, from years or dates; `FRAMEWORK_PERIOD_INVALID` otherwise. */
export function validityPeriod(from: string | number, to: string | number): { validFrom: string; validTo: string } {
  const validFrom = periodBound(from, 'start');
  const validTo = periodBound(to, 'end');
  if (!validFrom || !validTo || validFrom > validTo) {
    throw new ValidationError({
      code: 'FRAMEWORK_PERIOD_INVALID',
      messageVi: `Thời gian áp dụng "${from}" – "${to}" không hợp lệ (năm hoặc ngày dạng YYYY-MM-DD, từ không sau đến).`,
      detail: `Validity period ${from}..${to} must be years or ISO dates with from <= to`,
    });
  }
  return { validFrom, validTo };
}

/** Whether the calendar year overlaps the period (a framework issued in August 2023 applies to the 2023 cycle). */
export const periodContainsYear = (period: { validFrom: string; validTo: string }, year: number): boolean =>
  period.validFrom <= `${year}-12-31` && period.validTo >= `${year}-01-01`;
