/**
 * A report as plain data, independent of the output format: the DOCX, XLSX and PDF renderers read only this.
 * Every string is text as the user sees it (never markup): renderers put it into text nodes / cell values, so a
 * unit name such as `<b>` or `=HYPERLINK(...)` stays literal text.
 */

/** The official header block of an administrative document (Nghị định 30/2020/NĐ-CP layout). */
export interface DocumentHeader {
  /** The superior body, e.g. "UBND TỈNH THÁI NGUYÊN" (left block, first line). */
  superior?: string;
  /** The issuing body, e.g. "SỞ NỘI VỤ" (left block, bold). */
  issuer: string;
  /** Number and symbol, e.g. "Số: 118/BC-SNV" (left block). */
  number: string;
  /** Place of issue, e.g. "Thái Nguyên" (right block, with the date). */
  place: string;
  /** Date of issue, `YYYY-MM-DD`. */
  date: string;
}

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** How a table column's values are shown: text, or numbers at a number of decimals. */
export interface TableColumn {
  header: string;
  kind: 'text' | 'number';
  /** For `number`: the decimals shown (the framework's decimals for points; 0 for ranks and counts). */
  decimals?: number;
  /** For `number`: drop trailing zeros when printed (maxima: `100`, `16,5`); XLSX keeps the decimals' format. */
  trim?: boolean;
  /** Relative width (default 1; text columns usually 3). */
  width?: number;
}

export type Cell = string | number | null;

export interface TableBlock {
  kind: 'table';
  /** Short, unique name: the XLSX sheet name (at most 31 characters, no `[]:*?/\`). */
  sheet: string;
  title: string;
  columns: TableColumn[];
  rows: Cell[][];
  /** A last row in bold (totals). */
  footer?: Cell[];
  /** Only in one format: per-unit tables go to the DOCX/PDF, their one-sheet equivalent to the XLSX. */
  only?: 'docx' | 'xlsx';
}

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface ChartBlock {
  kind: 'chart';
  title: string;
  categories: string[];
  series: ChartSeries[];
  xLabel: string;
  yLabel: string;
  /** Decimals of the value labels. */
  decimals: number;
  /** Rank charts: 1 at the top. */
  inverse?: boolean;
  /** Lower and upper bound of the value axis (default: from the data). */
  min?: number;
  max?: number;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: TextRun[] }
  | { kind: 'bullets'; items: (string | TextRun[])[] }
  | TableBlock
  | ChartBlock;

export interface ReportDocument {
  /** File name without extension, ASCII (e.g. `xep-hang-2025-district`). */
  name: string;
  header: DocumentHeader;
  /** "BÁO CÁO". */
  kind: string;
  title: string;
  blocks: Block[];
  /** Recipients ("Nơi nhận") and the signer. */
  recipients?: string[];
  signer?: { title: string; name?: string };
  /**
   * Which result the figures are, printed under the title (XLSX: "Thông tin"), e.g. "Kết quả chính thức — phiên bản 2,
   * Quyết định số 45/QĐ-UBND ngày 07/05/2024" or "Kết quả tạm thời, chưa công bố".
   */
  status?: string;
  /** Where the figures come from (the event positions line), printed in small type at the end (XLSX: "Thông tin"). */
  provenance?: string;
}

/** Plain text of a paragraph made of runs. */
export const runsText = (runs: readonly TextRun[]): string => runs.map((r) => r.text).join('');

/** A paragraph from plain text and bold parts: `para('Tổng điểm: ', b('87,461'))`. */
export function para(...parts: (string | TextRun)[]): Block {
  return { kind: 'paragraph', runs: parts.map((p) => (typeof p === 'string' ? { text: p } : p)) };
}
export const b = (text: string): TextRun => ({ text, bold: true });
export const i = (text: string): TextRun => ({ text, italic: true });
export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
