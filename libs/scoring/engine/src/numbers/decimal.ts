/**
 * Fixed-point helpers. Scores are carried as integers scaled by 10^decimals wherever they are added,
 * so that totals are exact sums of the shown parts (no float drift).
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down';

export function scale(decimals: number): number {
  return 10 ** decimals;
}

/** Rounds `value` to an integer count of 10^-decimals units. */
export function toScaled(value: number, decimals: number, mode: RoundingMode = 'half-up'): number {
  const x = value * (POW10[decimals] ?? 10 ** decimals);
  const nearest = Math.round(x);
  // Binary noise (0.1 * 3 = 0.30000000000000004, 2.675 * 100 = 267.49999999999997) is absorbed by a relative epsilon.
  const eps = 1e-9 * Math.max(1, Math.abs(x));
  if (Math.abs(x - nearest) <= eps) return nearest || 0;
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const f = Math.floor(a);
  const diff = a - f;
  let r: number;
  if (mode === 'down') r = f;
  else if (Math.abs(diff - 0.5) <= eps) r = mode === 'half-even' ? (f % 2 === 0 ? f : f + 1) : f + 1;
  else r = diff > 0.5 ? f + 1 : f;
  return sign * r || 0;
}

const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000, 1e7, 1e8, 1e9];

/** Inverse of toScaled. Division by an exact power of ten is correctly rounded, so 87461 / 1000 === 87.461. */
export function fromScaled(scaled: number, decimals: number): number {
  return scaled / (POW10[decimals] ?? 10 ** decimals);
}

export function roundTo(value: number, decimals: number, mode: RoundingMode = 'half-up'): number {
  return fromScaled(toScaled(value, decimals, mode), decimals);
}

/** Number of decimals in the shortest representation of `value` (0.25 → 2). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const s = String(Number(value.toPrecision(12)));
  const e = s.indexOf('e-');
  if (e >= 0) return Number(s.slice(e + 2)) + (s.split('.')[1]?.split('e')[0]?.length ?? 0);
  return s.split('.')[1]?.length ?? 0;
}

/** True when `value` is a whole multiple of `step` (within float noise). */
export function isMultipleOf(value: number, step: number): boolean {
  if (step <= 0) return false;
  const q = value / step;
  return Math.abs(q - Math.round(q)) < 1e-9;
}

/** The Vietnamese number format lives in @par/kernel (`formatNumberVi`); `formatVi` is its older name. */
export { formatNumberVi as formatVi } from '@par/kernel';

export interface ParsedFigure {
  value: number;
  /** Decimals as printed ("2,00" → 2). */
  decimals: number;
  text: string;
}

/**
 * Parses a figure as printed in a report: `"87,461"`, `"2,00"`, `"1.234,5"`, or a plain number.
 * A string with a comma is Vietnamese (dots group thousands); a string with only a dot is read as a decimal
 * point (scores are below 1,000, and hand-written reports sometimes use `-0.04`).
 */
export function parseFigure(input: unknown): ParsedFigure | undefined {
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { value: input, decimals: decimalsOf(input), text: String(input) } : undefined;
  }
  if (typeof input !== 'string') return undefined;
  const text = input.trim().replace(/\s+/g, '').replace(/^−/, '-');
  if (!/^[-+]?[\d.,]+$/.test(text)) return undefined;
  let normalized: string;
  if (text.includes(',')) normalized = text.replace(/\./g, '').replace(',', '.');
  else normalized = text;
  if (!/^[-+]?\d+(\.\d+)?$/.test(normalized)) return undefined;
  const value = Number(normalized);
  const decimals = normalized.split('.')[1]?.length ?? 0;
  return { value, decimals, text: input };
}
