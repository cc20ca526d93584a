/**
 * The one Vietnamese formatter for numbers and dates that users read (reports, messages, the CLI):
 * decimal comma, dot for thousands (`87,461`, `1.234.567,5`); dates as `dd/mm/yyyy` in Vietnam's time zone.
 */

/**
 * Formats `value` with `decimals` digits after the decimal comma. `fixed` keeps trailing zeros
 * (`87,461`, `2,00`); otherwise they are trimmed (`0,5`, `2`). Negative zero prints as `0`.
 */
export function formatNumberVi(value: number, decimals: number, fixed = true): string {
  const s = value.toFixed(decimals);
  const negative = s.startsWith('-');
  const [intPart = '0', fraction = ''] = (negative ? s.slice(1) : s).split('.');
  const grouped = intPart.length > 3 ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : intPart;
  const shownFraction = fixed ? fraction : trimTrailingZeros(fraction);
  return (negative && Number(s) !== 0 ? '-' : '') + grouped + (shownFraction ? ',' + shownFraction : '');
}

function trimTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return digits.slice(0, end);
}

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** A calendar date as Vietnamese documents print it (`07/05/2024`), in Vietnam's time zone. */
export function formatDateVi(date: Date | string | number): string {
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) throw new RangeError(`formatDateVi: ${String(date)} is not a valid date`);
  const part = (type: Intl.DateTimeFormatPartTypes) => DATE_PARTS.formatToParts(d).find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

const DATE_TIME_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as Vietnamese readers expect it (`07/05/2024 10:04`), in Vietnam's time zone. */
export function formatDateTimeVi(date: Date | string | number): string {
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) throw new RangeError(`formatDateTimeVi: ${String(date)} is not a valid date`);
  const parts = DATE_TIME_PARTS.formatToParts(d);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** The calendar date (`YYYY-MM-DD`) a moment falls on in Vietnam's time zone: deadlines are days there. */
export function isoDateInVietnam(date: Date | string | number): string {
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) throw new RangeError(`isoDateInVietnam: ${String(date)} is not a valid date`);
  const parts = DATE_PARTS.formatToParts(d);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
