import Table from 'cli-table3';
import { formatVi } from '@par/scoring';

export function writeOut(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

export function writeErr(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : text + '\n');
}

export function writeJson(value: unknown): void {
  writeOut(JSON.stringify(value, null, 2));
}

/** A number for Vietnamese readers without binary noise: 0.6999999999999993 → `0,7`, 1234.5 → `1.234,5`. */
export function viNumber(x: number, maxDecimals = 6): string {
  return formatVi(x, maxDecimals, false);
}

/** Width tables must fit: the terminal's (`COLUMNS` overrides it), or 100 when output is not a terminal. */
export function outputWidth(): number {
  const env = Number(process.env['COLUMNS']);
  if (Number.isInteger(env) && env >= 40) return env;
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 100;
}

const MIN_TEXT_COLUMN = 14;
const textWidth = (s: string) => Math.max(0, ...s.split('\n').map((l) => [...l.normalize('NFC')].length));
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * Bordered tables that fit `width` (default `outputWidth()`). Text columns (long cells with spaces) shrink first
 * and wrap on word boundaries; numbers keep their width. When the numbers alone are too wide, the columns after
 * the first `keep` (rank, unit) are split over several tables, each repeating the first `keep` columns.
 */
export function table(head: string[], rows: (string | number)[][], width = outputWidth(), keep = 2): string {
  const cells = rows.map((r) => head.map((_, i) => String(r[i] ?? '')));
  const natural = head.map((h, i) => Math.max(textWidth(h), ...cells.map((r) => textWidth(r[i]!))) + 2);
  const wraps = head.map((_, i) => natural[i]! > MIN_TEXT_COLUMN && cells.some((r) => r[i]!.includes(' ')));
  const fits = (cols: number[]) => sum(cols.map((i) => shrunk(i))) + cols.length + 1 <= width;
  const shrunk = (i: number) => (wraps[i] ? Math.min(natural[i]!, MIN_TEXT_COLUMN) : natural[i]!);
  const all = head.map((_, i) => i);
  const kept = all.slice(0, Math.min(keep, head.length));
  const groups: number[][] = [];
  if (fits(all) || head.length <= keep) groups.push(all);
  else
    for (const i of all.slice(kept.length)) {
      const last = groups[groups.length - 1];
      if (last && fits([...last, i])) last.push(i);
      else groups.push([...kept, i]);
    }
  return groups.map((cols) => render(cols, head, cells, fitWidths(cols, natural, wraps, width))).join('\n');
}

/** Natural widths, the widest text column shrunk one at a time until the row fits. */
function fitWidths(cols: number[], natural: number[], wraps: boolean[], width: number): number[] {
  const w = cols.map((i) => natural[i]!);
  const avail = width - (cols.length + 1);
  while (sum(w) > avail) {
    let widest = -1;
    cols.forEach((c, k) => {
      if (wraps[c] && w[k]! > MIN_TEXT_COLUMN && (widest < 0 || w[k]! > w[widest]!)) widest = k;
    });
    if (widest < 0) break;
    w[widest]!--;
  }
  return w;
}

function render(cols: number[], head: string[], cells: string[][], colWidths: number[]): string {
  const t = new Table({
    head: cols.map((i) => head[i]!),
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  t.push(...cells.map((r) => cols.map((i) => r[i]!)));
  return t.toString();
}
