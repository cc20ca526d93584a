import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { ValidationError } from '@par/kernel';
import type { TableSheet } from './published-table';

/** Hand-typed tables are small: refuse anything larger than this before parsing. */
export const MAX_TABLE_BYTES = 5 * 1024 * 1024;

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

function decodeUtf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
}

function cellText(v: ExcelJS.CellValue): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'object' && 'result' in v) return (v.result as string | number | undefined) ?? null; // formula: its cached value
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return String(v);
}

/**
 * A published table file → its sheets of cells: XLSX (every worksheet, by kind from the magic bytes) or CSV/TSV
 * (`,` `;` or tab, detected from the first line; UTF-8 with or without BOM, UTF-16 with BOM). Bounded in size.
 */
export async function readTableFile(bytes: Uint8Array, name: string): Promise<TableSheet[]> {
  if (bytes.byteLength > MAX_TABLE_BYTES) {
    throw new ValidationError({
      code: 'TABLE_TOO_LARGE',
      messageVi: `Tệp "${name}" quá lớn (tối đa ${MAX_TABLE_BYTES / 1048576} MB).`,
      detail: `${name}: ${bytes.byteLength} bytes > ${MAX_TABLE_BYTES}`,
    });
  }
  if (isZip(bytes)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return wb.worksheets.map((ws) => {
      const rows: (string | number | null)[][] = [];
      ws.eachRow({ includeEmpty: true }, (row, n) => {
        rows[n - 1] = Array.from({ length: ws.columnCount }, (_, i) => cellText(row.getCell(i + 1).value));
      });
      return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
    });
  }
  const text = decodeUtf(bytes);
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = first.includes('\t') ? '\t' : first.split(';').length > first.split(',').length ? ';' : ',';
  const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  return [{ name: name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''), rows }];
}
