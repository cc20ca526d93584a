import { ValidationError } from '@par/kernel';
import { isIsoDate } from '../calendar/calendar';

/** `YYYY-MM-DD` of the day before (pure calendar arithmetic, no clock). */
export function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** Whether a validity interval (both ends inclusive, null = open) contains `date`. */
export function validOn(v: { validFrom: string | null; validTo: string | null }, date: string): boolean {
  return (v.validFrom === null || v.validFrom <= date) && (v.validTo === null || date <= v.validTo);
}

/** Whether two validity intervals share at least one day. */
export function overlaps(
  a: { validFrom: string | null; validTo: string | null },
  b: { validFrom: string | null; validTo: string | null },
): boolean {
  const startA = a.validFrom ?? '0000-01-01';
  const startB = b.validFrom ?? '0000-01-01';
  const endA = a.validTo ?? '9999-12-31';
  const endB = b.validTo ?? '9999-12-31';
  return startA <= endB && startB <= endA;
}

/** Refuses a date that is not `YYYY-MM-DD` (`INVALID_DATE`). */
export function checkDate(field: string, fieldVi: string, value: string): void {
  if (isIsoDate(value)) return;
  throw new ValidationError({
    code: 'INVALID_DATE',
    messageVi: `${fieldVi} "${value}" không phải ngày hợp lệ (định dạng YYYY-MM-DD, ví dụ 2025-07-01).`,
    detail: `${field} ${JSON.stringify(value)} is not a YYYY-MM-DD date`,
  });
}
