import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { ValidationError } from '@par/kernel';
import type { RawSheet } from '@par/surveys-domain';

/** Largest response file read (100,000 responses of a dozen questions are about 5 MB of CSV, 4 MB of XLSX). */
export const MAX_RESPONSE_FILE_BYTES = 20 * 1024 * 1024;

const isXlsx = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Text as UTF-8 (a BOM dropped); bytes that are not UTF-8 become U+FFFD, which the row check reports as BAD_ENCODING. */
function csvSheet(bytes: Uint8Array): RawSheet {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const rows = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false, relax_quotes: true }) as string[][];
  return { sheet: null, rows };
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

async function xlsxSheets(bytes: Uint8Array, fileName: string): Promise<RawSheet[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new ValidationError({
      code: 'FILE_UNREADABLE',
      messageVi: `Tệp "${fileName}" không phải tệp Excel (.xlsx) hợp lệ.`,
      detail: `Cannot read ${fileName} as XLSX: ${(e as Error).message}`,
    });
  }
  const sheets: RawSheet[] = [];
  wb.eachSheet((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => (cells[c - 1] = cellText(cell.value)));
      rows[n - 1] = Array.from(cells, (c) => c ?? '');
    });
    sheets.push({ sheet: ws.name, rows: Array.from(rows, (r) => r ?? []) });
  });
  return sheets;
}

/** A response file (XLSX by its signature, else CSV with `,` `;` or tab) as text sheets; bounded in size. */
export async function readResponseFile(bytes: Uint8Array, fileName: string): Promise<RawSheet[]> {
  if (bytes.length > MAX_RESPONSE_FILE_BYTES) {
    throw new ValidationError({
      code: 'UPLOAD_TOO_LARGE',
      messageVi: `Tệp "${fileName}" vượt quá 20 MB.`,
      detail: `${bytes.length} bytes > ${MAX_RESPONSE_FILE_BYTES}`,
      meta: { limitBytes: MAX_RESPONSE_FILE_BYTES },
    });
  }
  return isXlsx(bytes) ? xlsxSheets(bytes, fileName) : [csvSheet(bytes)];
}
