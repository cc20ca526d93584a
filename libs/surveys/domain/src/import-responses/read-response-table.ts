import type { CampaignDefinition } from '../campaign/campaign.definition';
import type { ResponseRow } from '../campaign/campaign.events';

/** A sheet of a response file as text cells (a CSV is one sheet without a name); row numbers as in the file. */
export interface RawSheet {
  sheet: string | null;
  rows: string[][];
}

/** One problem of a response file, by sheet, row (1-based, as in the file) and column. */
export interface ResponseImportProblem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  code: string;
  messageVi: string;
  detail: string;
}

export interface ResponseTable {
  rows: ResponseRow[];
  problems: ResponseImportProblem[];
}

/** Bound on the rows of one file (the benchmark imports 100,000). */
export const MAX_RESPONSE_ROWS = 200_000;
/** Headers of the fixed columns; the question columns are headed by the question ids. */
export const RESPONSE_COLUMNS = { respondent: 'Mã người trả lời', group: 'Nhóm', unit: 'Mã đơn vị' } as const;

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const FIXED: Record<string, 'respondent' | 'group' | 'unit'> = {
  [norm(RESPONSE_COLUMNS.respondent)]: 'respondent',
  respondent: 'respondent',
  [norm(RESPONSE_COLUMNS.group)]: 'group',
  group: 'group',
  [norm(RESPONSE_COLUMNS.unit)]: 'unit',
  unit: 'unit',
};

type Columns = { respondent: number; group: number; unit: number; questions: number[] };

interface Checker {
  def: CampaignDefinition;
  units: Set<string>;
  groups: Map<string, Set<string> | null>;
  levels: Set<number>;
  /** Respondent id → where it was first seen (row, sheet). */
  seen: Map<string, { row: number; sheet: string | null }>;
  /** Respondents who answer online (issued a token): a file row may not replace their answer. */
  online: ReadonlySet<string>;
  out: ResponseTable;
}

function headerOf(sheet: RawSheet, c: Checker): { at: number; columns: Columns } | null {
  const at = sheet.rows.findIndex((r) => r.some((cell) => FIXED[norm(cell ?? '')] === 'respondent'));
  const problem = (column: string, detail: string) =>
    c.out.problems.push({
      sheet: sheet.sheet,
      row: at < 0 ? null : at + 1,
      column,
      code: 'MISSING_COLUMN',
      messageVi: `Thiếu cột "${column}".`,
      detail,
    });
  if (at < 0) {
    problem(RESPONSE_COLUMNS.respondent, 'No header row with the respondent column');
    return null;
  }
  const header = sheet.rows[at]!.map((h) => norm(h ?? ''));
  const find = (k: 'respondent' | 'group' | 'unit') => header.findIndex((h) => FIXED[h] === k);
  const columns: Columns = { respondent: find('respondent'), group: find('group'), unit: find('unit'), questions: [] };
  if (columns.group < 0) problem(RESPONSE_COLUMNS.group, 'Missing group column');
  if (columns.unit < 0) problem(RESPONSE_COLUMNS.unit, 'Missing unit column');
  for (const q of c.def.questions) {
    const i = header.indexOf(norm(q.id));
    if (i < 0) problem(q.id, `Missing question column ${q.id}`);
    columns.questions.push(i);
  }
  return columns.group < 0 || columns.unit < 0 || columns.questions.includes(-1) ? null : { at, columns };
}

function checkRow(sheet: RawSheet, n: number, cells: string[], cols: Columns, c: Checker): void {
  const at = (column: string | null, code: string, messageVi: string, detail: string) =>
    c.out.problems.push({ sheet: sheet.sheet, row: n, column, code, messageVi, detail });
  const before = c.out.problems.length;
  if (cells.some((x) => x.includes('\uFFFD'))) {
    at(
      null,
      'BAD_ENCODING',
      'Dòng có ký tự không đọc được (tệp không phải UTF-8?). Hãy lưu tệp CSV dạng UTF-8.',
      `Row ${n} contains U+FFFD`,
    );
  }
  const cell = (i: number) => (cells[i] ?? '').trim();
  const respondent = cell(cols.respondent);
  const group = cell(cols.group);
  const unit = cell(cols.unit);
  if (!respondent) at(RESPONSE_COLUMNS.respondent, 'MISSING_RESPONDENT', 'Thiếu mã người trả lời.', `Row ${n}: no respondent id`);
  else if (respondent.length > 64)
    at(RESPONSE_COLUMNS.respondent, 'MISSING_RESPONDENT', 'Mã người trả lời dài quá 64 ký tự.', `Row ${n}: respondent id too long`);
  else if (c.seen.has(respondent)) {
    const first = c.seen.get(respondent)!;
    const where = `dòng ${first.row}${first.sheet ? ` (sheet ${first.sheet})` : ''}`;
    at(
      RESPONSE_COLUMNS.respondent,
      'DUPLICATE_RESPONDENT',
      `Người trả lời "${respondent}" đã có ở ${where}.`,
      `Row ${n}: respondent ${respondent} repeated`,
    );
  } else c.seen.set(respondent, { row: n, sheet: sheet.sheet });
  if (c.online.has(respondent)) {
    at(
      RESPONSE_COLUMNS.respondent,
      'RESPONDENT_ONLINE',
      `Người trả lời "${respondent}" trả lời trực tuyến (đã được cấp mã); không nhập từ tệp.`,
      `Row ${n}: respondent ${respondent} has an online token`,
    );
  }
  const assessed = c.groups.get(group);
  if (assessed === undefined)
    at(
      RESPONSE_COLUMNS.group,
      'UNKNOWN_GROUP',
      `Nhóm đối tượng "${group}" không có trong đợt khảo sát.`,
      `Row ${n}: unknown group ${group}`,
    );
  if (!c.units.has(unit))
    at(RESPONSE_COLUMNS.unit, 'UNKNOWN_UNIT', `Đơn vị "${unit}" không thuộc kỳ đánh giá.`, `Row ${n}: unknown unit ${unit}`);
  else if (assessed && !assessed.has(unit)) {
    at(
      RESPONSE_COLUMNS.unit,
      'UNKNOWN_UNIT',
      `Nhóm "${group}" không đánh giá đơn vị "${unit}".`,
      `Row ${n}: group ${group} does not assess ${unit}`,
    );
  }
  const answers = answersOf(cells, cols, c, (column, code, vi, en) => at(column, code, vi, `Row ${n}: ${en}`));
  if (c.out.problems.length === before) c.out.rows.push([respondent, group, unit, answers]);
}

type Report = (column: string, code: string, messageVi: string, detail: string) => void;

function answersOf(cells: string[], cols: Columns, c: Checker, report: Report): (number | null)[] {
  return c.def.questions.map((q, k) => {
    const raw = (cells[cols.questions[k]!] ?? '').trim();
    if (raw === '') {
      if (q.required) report(q.id, 'MISSING_ANSWER', `Thiếu câu trả lời bắt buộc "${q.id}".`, `missing required answer ${q.id}`);
      return null;
    }
    const v = Number(raw.replace(',', '.'));
    if (!Number.isInteger(v) || !c.levels.has(v)) {
      report(
        q.id,
        'ANSWER_OUT_OF_SCALE',
        `Câu trả lời "${raw}" của "${q.id}" không thuộc thang trả lời.`,
        `answer ${raw} to ${q.id} outside the scale`,
      );
      return null;
    }
    return v;
  });
}

/**
 * Pure: a response file's sheets → the responses, or every problem by sheet, row and column (unknown group or
 * unit, a unit the group does not assess, answer outside the scale, duplicate respondent, missing required
 * answer, bad encoding). Empty rows are skipped.
 */
export function readResponseTable(
  def: CampaignDefinition,
  unitIds: readonly string[],
  sheets: readonly RawSheet[],
  online: ReadonlySet<string> = new Set(),
): ResponseTable {
  const c: Checker = {
    def,
    units: new Set(unitIds),
    groups: new Map(def.groups.map((g) => [g.code, g.assesses.length ? new Set(g.assesses) : null])),
    levels: new Set(def.scale.levels.map((l) => l.value)),
    seen: new Map(),
    online,
    out: { rows: [], problems: [] },
  };
  let count = 0;
  for (const sheet of sheets) {
    const header = headerOf(sheet, c);
    if (!header) continue;
    for (let i = header.at + 1; i < sheet.rows.length; i++) {
      const cells = (sheet.rows[i] ?? []).map((x) => x ?? '');
      if (cells.every((x) => x.trim() === '')) continue;
      if (++count > MAX_RESPONSE_ROWS) {
        c.out.problems.push({
          sheet: sheet.sheet,
          row: i + 1,
          column: null,
          code: 'TOO_MANY_ROWS',
          messageVi: `Tệp có quá ${MAX_RESPONSE_ROWS} dòng trả lời.`,
          detail: `More than ${MAX_RESPONSE_ROWS} rows`,
        });
        return { rows: [], problems: c.out.problems };
      }
      checkRow(sheet, i + 1, cells, header.columns, c);
    }
  }
  if (count === 0 && c.out.problems.length === 0) {
    c.out.problems.push({
      sheet: null,
      row: null,
      column: null,
      code: 'NO_RESPONSES',
      messageVi: 'Tệp không có dòng trả lời nào.',
      detail: 'No response rows',
    });
  }
  return c.out.problems.length ? { rows: [], problems: c.out.problems } : c.out;
}
