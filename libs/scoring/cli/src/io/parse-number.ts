/**
 * A number as officials type it in a results file: `87.461` or `87,461` (one decimal separator), `-2`,
 * or grouped with both separators in one consistent convention (`1.234,5` Vietnamese, `1,234.5` English).
 * Returns `undefined` for an empty cell and `null` for text that is not such a number (`9.28,5`, `1.2.3`,
 * `12abc`, `1e3`): the caller refuses it with the file's line.
 */
export function parseNumberCell(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  const s = text.trim().replace(/\u00a0/g, '');
  if (s === '') return undefined;
  if (/^[-+]?\d+(?:[.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  if (/^[-+]?\d{1,3}(?:\.\d{3})+,\d+$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^[-+]?\d{1,3}(?:,\d{3})+\.\d+$/.test(s)) return Number(s.replace(/,/g, ''));
  return null;
}

const TRUE = ['1', 'true', 'yes', 'có', 'co', 'x', 'đúng'];
const FALSE = ['0', 'false', 'no', 'không', 'khong', 'sai'];

/** Yes/no cell: `undefined` when empty, `null` when not one of the accepted words. */
export function parseBoolCell(text: string | undefined): boolean | undefined | null {
  if (text === undefined) return undefined;
  const s = text.trim().toLowerCase().normalize('NFC');
  if (s === '') return undefined;
  if (TRUE.includes(s)) return true;
  if (FALSE.includes(s)) return false;
  return null;
}

/** The delimiter of a CSV header line: the most frequent of `,` `;` tab outside quotes (`,` when none). */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.entries(counts) as [',' | ';' | '\t', number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] === 0 ? ',' : best[0];
}
