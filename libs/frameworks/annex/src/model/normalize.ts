import type { CellValue } from './sheet-model';

/**
 * A header or keyword as compared: lower case, without diacritics (đ → d), punctuation and runs of spaces
 * turned into one space. `Lĩnh vực, tiêu chí,  tiêu chí thành phần` → `linh vuc tieu chi tieu chi thanh phan`.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();
}

/** The text of a cell, trimmed, NFC, runs of spaces kept but non-breaking spaces turned into spaces; '' when empty. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v)
    .replace(/\u00a0/g, ' ')
    .normalize('NFC')
    .trim();
}

/**
 * A number as officials type it: `16,5` or `16.5` (one decimal separator), or grouped in one consistent
 * convention (`1.234,5`, `1,234.5`). `undefined` for an empty cell, `null` for text that is no such number
 * (`9.28,5`, `1.2.3`, `12abc`). Same reading as the results files of `par score` (libs/scoring/cli/src/io).
 */
export function parseNumberVi(v: CellValue | undefined): number | undefined | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const s = cellText(v).replace(/\s/g, '');
  if (s === '') return undefined;
  if (/^[-+]?\d+(?:[.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  if (/^[-+]?\d{1,3}(?:\.\d{3})+,\d+$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^[-+]?\d{1,3}(?:,\d{3})+\.\d+$/.test(s)) return Number(s.replace(/,/g, ''));
  return null;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** `IV` → 4; `undefined` for anything that is not a well-formed Roman numeral up to 399. */
export function romanToNumber(text: string): number | undefined {
  if (!/^[IVXLC]+$/.test(text)) return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const cur = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total > 0 && total < 400 && numberToRoman(total) === text ? total : undefined;
}

function numberToRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let s = '';
  for (const [v, r] of table)
    while (rest >= v) {
      s += r;
      rest -= v;
    }
  return s;
}

/** A number in Vietnamese notation for cells written as text: 0.5 → `0,5`. */
export function viDecimal(x: number): string {
  return String(x).replace('.', ',');
}
