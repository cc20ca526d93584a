/**
 * The console's number and date formatting: the platform's one Vietnamese formatter (@par/kernel, pure and
 * browser-safe), re-exported so screens import formatting from one place.
 */
import { formatDateTimeVi, formatDateVi, formatNumberVi } from '@par/kernel';

export { formatDateTimeVi, formatDateVi, formatNumberVi };

/** Points as the framework prints them: up to two decimals, trailing zeros trimmed (`2`, `0,5`, `1,25`). */
export const formatPoints = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : formatNumberVi(value, 2, false);

/** A percentage with two decimals (`87,46 %`). */
export const formatPercent = (value: number): string => `${formatNumberVi(value, 2)} %`;

/** A calendar date (`YYYY-MM-DD`) or an empty value as `dd/mm/yyyy` / `—`. */
export const formatDay = (value: string | null | undefined): string => (value ? formatDateVi(`${value.slice(0, 10)}T12:00:00+07:00`) : '—');

/** Today in Vietnam as `YYYY-MM-DD` (date inputs and `asOf` arguments). */
export function todayIso(now: Date = new Date()): string {
  const [d, m, y] = formatDateVi(now).split('/');
  return `${y}-${m}-${d}`;
}

/**
 * Reads a date typed as Vietnamese documents print it (`01/07/2025`, also `1/7/2025`) into `YYYY-MM-DD`;
 * undefined if it is not a real calendar date. The inverse of `formatDay`, so date fields read the same in every
 * browser whatever its language.
 */
export function parseDayVi(text: string): string | undefined {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A file size as Vietnamese readers expect it (`512 B`, `12,3 KB`, `4,5 MB`). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumberVi(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${formatNumberVi(bytes / 1024, 1)} KB`;
  return `${formatNumberVi(bytes / (1024 * 1024), 1)} MB`;
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const two = (n: number) => String(n).padStart(2, '0');

/**
 * A moment to the second in Vietnam's time (`07/05/2024 15:30:05`): audit timelines, where two events can fall
 * in the same minute. Vietnam keeps UTC+7 all year.
 */
export function formatMomentVi(iso: string): string {
  const d = new Date(new Date(iso).getTime() + VIETNAM_OFFSET_MS);
  const day = `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  return `${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/**
 * Reads a moment typed in Vietnam's time (`07/05/2024 15:30`, `07/05/2024 15:30:05`, or a day alone: its end,
 * 23:59:59) into an ISO instant; undefined when it is not a real date and time. The inverse of `formatMomentVi`.
 */
export function parseMomentVi(text: string): string | undefined {
  const m = /^\s*(\d{1,2}\/\d{1,2}\/\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$/.exec(text);
  const day = m ? parseDayVi(m[1]!) : undefined;
  if (!m || !day) return undefined;
  const [h, mi, s] = m[2] === undefined ? [23, 59, 59] : [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - VIETNAM_OFFSET_MS).toISOString();
}
