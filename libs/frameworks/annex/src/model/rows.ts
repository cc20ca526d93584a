import { COLUMNS, headerOf, type ColumnField, type HeaderMap } from './columns';
import { cellText, normalizeKey, romanToNumber } from './normalize';
import { columnLetter, problem, type AnnexProblem, type CellRange, type CellValue, type SheetModel } from './sheet-model';

export type NodeKind = 'component' | 'criterion' | 'subCriterion' | 'aggregate';

/** A body row of the annex with its effective cell values (merged ranges resolved). */
export interface AnnexRow {
  row: number;
  kind: NodeKind;
  code: string;
  /** Code of the parent node (component of a criterion or aggregate, criterion of a sub-criterion). */
  parent?: string;
  cells: Partial<Record<ColumnField, CellValue>>;
}

export interface AnnexBody {
  rows: AnnexRow[];
  /** The `Tổng cộng` row, when the sheet has one. */
  total?: { row: number; value: CellValue };
  problems: AnnexProblem[];
  /** Cells (`7:C`) inside a misplaced merged range: their own problems would only repeat the range's. */
  blocked: Set<string>;
}

/** Columns whose value may span rows (a department answering for several criteria, one method for a block). */
const SPANNING: readonly ColumnField[] = ['method', 'rule', 'departments', 'applicability', 'guidance', 'evidence', 'remark'];

/** The code of a row: `I`/`1` component, `1.1` criterion, `1.1.1` sub-criterion, `1/survey` aggregate. */
export function classifyCode(raw: string): { kind: NodeKind; code: string; parent?: string } | undefined {
  const text = raw.replace(/\.$/, '').trim();
  const roman = romanToNumber(text);
  if (roman !== undefined) return { kind: 'component', code: String(roman) };
  if (/^\d+$/.test(text) || /^[A-Za-z][A-Za-z0-9_-]*$/.test(text)) return { kind: 'component', code: text };
  const parts = text.split('.');
  if (/^\d+(?:\.\d+){1,2}$/.test(text) || /^[A-Za-z0-9_-]+(?:\.\d+){1,2}$/.test(text))
    return parts.length === 2
      ? { kind: 'criterion', code: text, parent: parts[0]! }
      : { kind: 'subCriterion', code: text, parent: parts.slice(0, 2).join('.') };
  const agg = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_-]+)$/.exec(text);
  if (agg) return { kind: 'aggregate', code: text, parent: agg[1]! };
  return undefined;
}

/** Reads the rows below the header: merged ranges checked and resolved, each row classified by its code. */
export function readBody(sheet: SheetModel, header: HeaderMap): AnnexBody {
  // a header of several rows: its cells merged down from the header row (STT over rows 8-9)
  const last = Math.max(header.row, ...sheet.merges.filter((m) => m.top === header.row && m.bottom - m.top <= 2).map((m) => m.bottom));
  const { fill, problems, blocked } = resolveMerges(sheet, header, last);
  const rows: AnnexRow[] = [];
  let total: AnnexBody['total'];
  for (let r = last + 1; r <= sheet.rows.length; r++) {
    const cells: AnnexRow['cells'] = {};
    for (const [field, col] of Object.entries(header.columns) as [ColumnField, number][]) {
      const own = sheet.rows[r - 1]?.[col - 1] ?? null;
      cells[field] = cellText(own) !== '' ? own : (fill.get(`${r}:${col}`) ?? null);
    }
    const code = cellText(cells.code);
    const name = cellText(cells.name);
    if (Object.values(cells).every((v) => cellText(v) === '')) continue;
    if (r === last + 1 && /^\(?\d+\)?$/.test(name)) continue; // the "(1) (2) (3)" numbering row under the header
    if (isTotalRow(code, name)) {
      total = { row: r, value: cells.max ?? null };
      continue;
    }
    const at = { sheet: sheet.name, row: r, column: columnLetter(header.columns.code!) };
    if (code === '') {
      problems.push(
        problem(
          'CODE_MISSING',
          `Dòng có nội dung "${name.slice(0, 60)}" nhưng thiếu mã (STT) của lĩnh vực/tiêu chí.`,
          'Row without a code',
          at,
        ),
      );
      continue;
    }
    const c = classifyCode(code);
    if (!c) {
      problems.push(
        problem(
          'CODE_INVALID',
          `Mã "${code}" không đúng dạng: lĩnh vực "I" hoặc "1", tiêu chí "1.1", tiêu chí thành phần "1.1.1", nhóm điểm chưa chi tiết "1/survey".`,
          `Unreadable code "${code}"`,
          at,
        ),
      );
      continue;
    }
    rows.push({ row: r, ...c, cells });
  }
  return { rows, ...(total && { total }), problems, blocked };
}

function isTotalRow(code: string, name: string): boolean {
  const text = normalizeKey(code || name);
  return classifyCode(code) === undefined && /^tong( cong| diem| so)?( toi da)?$/.test(text);
}

/**
 * Merged ranges below the header: a range over a score cell or one spanning rows in the code or name column is
 * misplaced; a range in a spanning column gives its value to every row it covers; one from the code column
 * across the name (a "Tổng cộng" row) gives its text to the name.
 */
function resolveMerges(
  sheet: SheetModel,
  header: HeaderMap,
  headerEnd: number,
): { fill: Map<string, CellValue>; problems: AnnexProblem[]; blocked: Set<string> } {
  const fill = new Map<string, CellValue>();
  const problems: AnnexProblem[] = [];
  const blocked = new Set<string>();
  const block = (m: CellRange) => {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) blocked.add(`${r}:${columnLetter(c)}`);
  };
  const col = header.columns;
  const covers = (m: CellRange, c?: number) => c !== undefined && m.left <= c && c <= m.right;
  const label = (m: CellRange) => `${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`;
  for (const m of sheet.merges) {
    if (m.bottom <= headerEnd) continue;
    const at = { sheet: sheet.name, row: Math.max(m.top, headerEnd + 1), column: columnLetter(m.left) };
    const single = m.top === m.bottom && m.left === m.right;
    if (single) continue;
    const value = sheet.rows[m.top - 1]?.[m.left - 1] ?? null;
    if (m.top <= headerEnd) {
      block(m);
      problems.push(
        problem(
          'MERGED_CELL_MISPLACED',
          `Vùng gộp ô ${label(m)} nối dòng tiêu đề với phần nội dung: hãy bỏ gộp ô.`,
          `Merged range ${label(m)} spans the header and the body`,
          at,
        ),
      );
    } else if (covers(m, col.max)) {
      block(m);
      problems.push(
        problem(
          'MERGED_SCORE_CELL',
          `Vùng gộp ô ${label(m)} chứa ô "${headerOf('max')}": mỗi dòng phải có điểm tối đa riêng, hãy bỏ gộp ô.`,
          `Merged range ${label(m)} covers score cells`,
          at,
        ),
      );
    } else if (m.bottom > m.top && (covers(m, col.code) || covers(m, col.name))) {
      block(m);
      problems.push(
        problem(
          'MERGED_CELL_MISPLACED',
          `Vùng gộp ô ${label(m)} gộp nhiều dòng ở cột mã hoặc tên tiêu chí: mỗi tiêu chí phải ở một dòng riêng.`,
          `Merged range ${label(m)} spans rows in the code or name column`,
          at,
        ),
      );
    } else if (m.left === col.code && covers(m, col.name)) {
      fill.set(`${m.top}:${col.name}`, value);
    } else if (SPANNING.some((f) => col[f] === m.left) || m.left === col.name) {
      for (let r = m.top; r <= m.bottom; r++) fill.set(`${r}:${m.left}`, value);
    }
  }
  return { fill, problems, blocked };
}

/** The fields whose columns a sheet may carry (for documentation and the export). */
export const FIELDS = COLUMNS.map((c) => c.field);
