import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import {
  REQUIRED_UNIT_COLUMNS,
  UNIT_IMPORT_COLUMNS,
  type UnitImportField,
  type UnitImportProblem,
  type UnitImportRow,
} from '@par/frameworks-domain';
import { decodeText, failureError } from '@par/scoring-cli';

/** Largest unit list read (a province's list is a few hundred rows, well under 1 MB). */
export const MAX_UNIT_FILE_BYTES = 10 * 1024 * 1024;

export interface UnitFile {
  rows: UnitImportRow[];
  problems: UnitImportProblem[];
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const FIELD_BY_HEADER = new Map(Object.entries(UNIT_IMPORT_COLUMNS).map(([f, h]) => [norm(h), f as UnitImportField]));
const CODE_FIELDS: readonly UnitImportField[] = ['code', 'parentCode'];

/** Reads a unit list (CSV with `,` `;` or tab, UTF-8 with or without BOM; or XLSX, every sheet) into rows. */
export async function readUnitFile(file: string): Promise<UnitFile> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw failureError('FILE_NOT_READABLE', `Không tìm thấy hoặc không đọc được tệp "${file}".`, `Cannot stat ${file}`, e);
  }
  if (size > MAX_UNIT_FILE_BYTES) {
    const problem = { sheet: null, row: null, column: null, code: 'FILE_TOO_LARGE' };
    return {
      rows: [],
      problems: [
        {
          ...problem,
          messageVi: `Tệp quá lớn (${Math.round(size / 1048576)} MB; tối đa 10 MB).`,
          detail: `${size} bytes > ${MAX_UNIT_FILE_BYTES}`,
        },
      ],
    };
  }
  if (extname(file).toLowerCase() === '.xlsx') return readXlsx(file);
  return fromTable(csvTable(decodeText(readFileSync(file), file)), null, false);
}

function csvTable(text: string): string[][] {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  const delimiter = counts.sort((a, b) => b[1] - a[1])[0]![0];
  return parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
}

async function readXlsx(file: string): Promise<UnitFile> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw failureError('FILE_NOT_READABLE', `Tệp "${file}" không phải tệp Excel (.xlsx) hợp lệ.`, `Cannot read ${file} as XLSX`, e);
  }
  const out: UnitFile = { rows: [], problems: [] };
  wb.eachSheet((ws) => {
    const table: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => (cells[c - 1] = cellText(cell.value)));
      table[n - 1] = cells;
    });
    const part = fromTable(
      Array.from(table, (r) => r ?? []),
      ws.name,
      true,
    );
    out.rows.push(...part.rows);
    out.problems.push(...part.problems);
  });
  return out;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    return '';
  }
  return String(v);
}

/**
 * Rows below the header row (the first with "Mã đơn vị"); rows numbered as in the file (1-based). In XLSX, codes
 * Excel stored as numbers lost their leading zeros (`1834`): `padCodes` restores five digits.
 */
function fromTable(table: string[][], sheet: string | null, padCodes: boolean): UnitFile {
  const headerAt = table.findIndex((r) => r.some((c) => FIELD_BY_HEADER.get(norm(c ?? '')) === 'code'));
  const problem = (row: number | null, column: string | null, code: string, messageVi: string, detail: string) => ({
    sheet,
    row,
    column,
    code,
    messageVi,
    detail,
  });
  if (headerAt < 0) {
    return {
      rows: [],
      problems: [
        problem(
          null,
          UNIT_IMPORT_COLUMNS.code,
          'MISSING_COLUMN',
          `Không tìm thấy dòng tiêu đề có cột "${UNIT_IMPORT_COLUMNS.code}".`,
          'No header row',
        ),
      ],
    };
  }
  const fields = table[headerAt]!.map((c) => FIELD_BY_HEADER.get(norm(c ?? '')));
  const missing = REQUIRED_UNIT_COLUMNS.filter((f) => !fields.includes(f));
  if (missing.length) {
    return {
      rows: [],
      problems: missing.map((f) =>
        problem(headerAt + 1, UNIT_IMPORT_COLUMNS[f], 'MISSING_COLUMN', `Thiếu cột "${UNIT_IMPORT_COLUMNS[f]}".`, `Missing column ${f}`),
      ),
    };
  }
  const rows: UnitImportRow[] = [];
  for (let i = headerAt + 1; i < table.length; i++) {
    const cells = table[i] ?? [];
    if (cells.every((c) => !c?.trim())) continue;
    const row: UnitImportRow = { sheet, row: i + 1 };
    fields.forEach((f, c) => {
      if (!f) return;
      const t = (cells[c] ?? '').trim();
      row[f] = padCodes && CODE_FIELDS.includes(f) && /^\d{1,4}$/.test(t) ? t.padStart(5, '0') : t;
    });
    rows.push(row);
  }
  return { rows, problems: [] };
}
