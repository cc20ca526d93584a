import { parse as parseCsv } from 'csv-parse/sync';
import { ValidationError } from '@par/kernel';
import type { RuleInput, ScoreEntry, UnitResults } from '@par/scoring';
import { failureError } from './exit-codes';
import { detectDelimiter, parseBoolCell, parseNumberCell } from './parse-number';
import { emptyResults, type LoadedResults } from './results';

/** The columns a results CSV may have; only `unitId` and `code` are required. */
export const CSV_COLUMNS = [
  'unitId',
  'unitName',
  'parentId',
  'code',
  'value',
  'reason',
  'applicable',
  'self',
  'numerator',
  'denominator',
  'measure',
  'occurrences',
  'rate',
  'yes',
  'current',
  'previous',
] as const;
const NUMBER_INPUTS = ['numerator', 'denominator', 'measure', 'occurrences', 'rate', 'current', 'previous'] as const;

/** A cell the reader cannot understand: file, line, column and the text as typed. */
export interface BadCell {
  file: string;
  line: number;
  column: string;
  text: string;
  message: string;
}

type Row = Record<string, string>;

/**
 * Results CSV, one row per unit and scored node, delimiter `,` `;` or tab (detected from the header):
 * `unitId,unitName,parentId,code,value,reason,applicable,self,numerator,denominator,measure,occurrences,rate,yes,current,previous`.
 * Every cell that is not a number or a yes/no is refused with its line (exit 1), all of them at once.
 */
export function loadCsvResults(text: string, file: string): LoadedResults {
  const records = parseRecords(text, file);
  const header = records.header;
  const missing = ['unitId', 'code'].filter((c) => !header.includes(c));
  if (header.length === 0 || (records.rows.length === 0 && missing.length === 0)) throw emptyResults(file);
  if (missing.length > 0)
    throw new ValidationError({
      code: 'RESULTS_INVALID',
      messageVi: `Tệp CSV "${file}", dòng 1: thiếu cột ${missing.map((c) => `"${c}"`).join(', ')} (các cột có: ${header.join(', ')}).`,
      detail: `${file}: missing columns ${missing.join(', ')}`,
    });
  if (records.rows.length === 0) throw emptyResults(file);
  const unknown = header.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  const warnings = unknown.length
    ? [
        `Tệp CSV "${file}": bỏ qua cột không dùng đến ${unknown.map((c) => `"${c}"`).join(', ')} (các cột dùng được: ${CSV_COLUMNS.join(', ')}).`,
      ]
    : [];
  const bad: BadCell[] = [];
  const byUnit = new Map<string, UnitResults>();
  for (const { line, row } of records.rows) addRow(byUnit, row, { file, line, bad });
  if (bad.length > 0) throw badCells(file, bad);
  return { units: [...byUnit.values()], warnings };
}

function parseRecords(text: string, file: string): { header: string[]; rows: { line: number; row: Row }[] } {
  const delimiter = detectDelimiter(text);
  try {
    const all = parseCsv(text, { delimiter, skip_empty_lines: true, trim: true, info: true, relax_quotes: false }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    const header = (all[0]?.record ?? []).map((h) => h.trim());
    const rows = all.slice(1).map(({ record, info }) => ({
      line: info.lines,
      row: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])),
    }));
    return { header, rows };
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw failureError(
      'RESULTS_UNREADABLE',
      `Tệp CSV "${file}"${line ? `, dòng ${line}` : ''} không đọc được: ${csvReasonVi(e)} (dấu phân cách nhận ra: "${delimiter === '\t' ? 'tab' : delimiter}").`,
      String(e),
      e,
    );
  }
}

function csvReasonVi(e: unknown): string {
  const code = (e as { code?: string }).code ?? '';
  if (code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') return 'số cột của dòng khác số cột của dòng tiêu đề';
  if (code.startsWith('CSV_QUOTE') || code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'INVALID_OPENING_QUOTE')
    return 'dấu ngoặc kép (") không khớp';
  return 'sai định dạng CSV';
}

interface RowContext {
  file: string;
  line: number;
  bad: BadCell[];
}

function addRow(byUnit: Map<string, UnitResults>, r: Row, ctx: RowContext): void {
  const cellError = (column: string, message: string): void => {
    ctx.bad.push({ file: ctx.file, line: ctx.line, column, text: r[column] ?? '', message });
  };
  if (!r['unitId'] || !r['code']) return cellError(r['unitId'] ? 'code' : 'unitId', 'ô bắt buộc đang trống');
  const u = byUnit.get(r['unitId']) ?? { unitId: r['unitId'], scores: {} };
  if (r['unitName']) u.unitName = r['unitName'];
  if (r['parentId']) u.parentId = r['parentId'];
  byUnit.set(u.unitId, u);
  const applicable = parseBoolCell(r['applicable']);
  if (applicable === null) return cellError('applicable', 'cần "có" hoặc "không" (yes/no, 1/0)');
  if (applicable === false) {
    (u.notApplicable ??= []).push(r['code']);
    return;
  }
  const num = (column: string) => {
    const n = parseNumberCell(r[column]);
    if (n === null) cellError(column, 'không phải số hợp lệ (ví dụ đúng: 87,461 hoặc 87.461)');
    return n ?? undefined;
  };
  const e: ScoreEntry = {};
  const value = num('value');
  if (value !== undefined) e.value = value;
  if (r['reason']) e.reason = r['reason'];
  const self = num('self');
  if (self !== undefined) e.self = self;
  const input: Record<string, number | boolean> = {};
  for (const c of NUMBER_INPUTS) {
    const n = num(c);
    if (n !== undefined) input[c] = n;
  }
  const yes = parseBoolCell(r['yes']);
  if (yes === null) cellError('yes', 'cần "có" hoặc "không" (yes/no, 1/0)');
  else if (yes !== undefined) input['yes'] = yes;
  if (Object.keys(input).length > 0) e.input = input as RuleInput;
  u.scores[r['code']] = e;
}

function badCells(file: string, bad: BadCell[]): ValidationError {
  const list = bad.map((b) => `  ${b.file}, dòng ${b.line}, cột "${b.column}": "${b.text}" ${b.message}`).join('\n');
  return new ValidationError({
    code: 'RESULTS_BAD_CELLS',
    messageVi: `Tệp CSV "${file}" có ${bad.length} ô không đọc được; chưa tính điểm:\n${list}`,
    detail: `${file}: ${bad.length} unreadable cells`,
    meta: { cells: bad },
  });
}
