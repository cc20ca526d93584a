/** One cell as the readers hand it over: text, a number, a yes/no, or nothing. Dates arrive as `YYYY-MM-DD`. */
export type CellValue = string | number | boolean | null;

/** A merged range, 1-based and inclusive (`A1:C2` is `{ top: 1, left: 1, bottom: 2, right: 3 }`). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet as values: `rows[0]` is row 1, `rows[r][0]` column A; merged ranges keep their value in the top-left cell only. */
export interface SheetModel {
  name: string;
  rows: CellValue[][];
  merges: CellRange[];
}

/** What a reader found in a file: its sheets in order (a CSV file is one sheet named after the file). */
export interface WorkbookModel {
  kind: 'xlsx' | 'csv';
  sheets: SheetModel[];
}

/** One problem of an annex file, located by sheet, row (1-based) and column letter when it has a place. */
export interface AnnexProblem {
  code: string;
  /** Vietnamese, for the official who fixes the file. */
  message: string;
  /** English, for developers. */
  detail: string;
  sheet?: string;
  row?: number;
  column?: string;
  /** JSON pointer into the framework definition, when the problem comes from its validation. */
  path?: string;
}

/** Where a value of the definition came from. */
export interface CellRef {
  sheet: string;
  row: number;
  column?: string;
}

/** `1` → `A`, `27` → `AA`. */
export function columnLetter(index: number): string {
  let n = index;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `Sheet "Phụ lục", dòng 7, cột C: ` — the place of a problem as officials read it. */
export function placeVi(p: Pick<AnnexProblem, 'sheet' | 'row' | 'column'>): string {
  const parts = [
    p.sheet !== undefined ? `Trang "${p.sheet}"` : undefined,
    p.row ? `dòng ${p.row}` : undefined,
    p.column ? `cột ${p.column}` : undefined,
  ];
  return parts.filter(Boolean).join(', ');
}

export function problem(code: string, message: string, detail: string, at?: Partial<CellRef>): AnnexProblem {
  return {
    code,
    message,
    detail,
    ...(at?.sheet !== undefined && { sheet: at.sheet }),
    ...(at?.row && { row: at.row }),
    ...(at?.column && { column: at.column }),
  };
}

/** Problems in reading order: by sheet (as listed), row, column. */
export function sortProblems(problems: AnnexProblem[], sheetOrder: string[]): AnnexProblem[] {
  const sheetIndex = (s?: string) => (s === undefined ? -1 : sheetOrder.indexOf(s) < 0 ? sheetOrder.length : sheetOrder.indexOf(s));
  const colIndex = (c?: string) => (c === undefined ? 0 : c.length * 100 + c.charCodeAt(0));
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        sheetIndex(a.p.sheet) - sheetIndex(b.p.sheet) ||
        (a.p.row ?? 0) - (b.p.row ?? 0) ||
        colIndex(a.p.column) - colIndex(b.p.column) ||
        a.i - b.i,
    )
    .map((x) => x.p);
}
