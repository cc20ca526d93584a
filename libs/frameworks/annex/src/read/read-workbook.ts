import { parse as parseCsv } from 'csv-parse/sync';
import { problem, type AnnexProblem, type CellRange, type CellValue, type SheetModel, type WorkbookModel } from '../model/sheet-model';
import { decodeText, detectDelimiter } from './decode-text';

/** Files larger than this are refused before anything is parsed (10 MB). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Rows read from one sheet at most (an annex has a few hundred). */
export const MAX_ROWS = 20_000;

export interface ReadOptions {
  maxBytes?: number;
}

export type ReadResult = { ok: true; workbook: WorkbookModel } | { ok: false; problems: AnnexProblem[] };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((x, i) => b[i] === x);

/**
 * Reads an annex file into a sheet model. The kind is told by the content, not the name: a ZIP container is an
 * XLSX workbook, an OLE container (old .xls) is refused, anything else must be CSV text in UTF-8 (with or without
 * BOM) or UTF-16 with BOM, delimited by `,` `;` or tab. A file over `maxBytes` is refused before parsing.
 */
export async function readWorkbook(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = (code: string, message: string, detail: string): ReadResult => ({ ok: false, problems: [problem(code, message, detail)] });
  if (bytes.length > max)
    return fail(
      'FILE_TOO_LARGE',
      `Tệp "${fileName}" có dung lượng ${mb(bytes.length)} MB, vượt giới hạn ${mb(max)} MB: không đọc tệp.`,
      `${bytes.length} bytes > limit ${max}`,
    );
  if (bytes.length === 0) return fail('FILE_EMPTY', `Tệp "${fileName}" rỗng.`, 'Empty file');
  if (startsWith(bytes, OLE))
    return fail(
      'FILE_XLS_UNSUPPORTED',
      `Tệp "${fileName}" là bảng tính Excel cũ (.xls): hãy mở bằng Excel và lưu lại dạng .xlsx.`,
      'OLE2 compound file (legacy .xls)',
    );
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, fileName);
  return readCsv(bytes, fileName);
}

const mb = (n: number) => (n / (1024 * 1024)).toFixed(1).replace('.', ',');

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (e) {
    return {
      ok: false,
      problems: [
        problem(
          'FILE_UNREADABLE',
          `Tệp "${fileName}" là tệp nén nhưng không phải bảng tính .xlsx đọc được.`,
          `exceljs: ${(e as Error).message}`,
        ),
      ],
    };
  }
  const sheets: SheetModel[] = [];
  const problems: AnnexProblem[] = [];
  wb.eachSheet((ws) => {
    if (ws.rowCount > MAX_ROWS) {
      problems.push(
        problem('SHEET_TOO_LARGE', `Trang có ${ws.rowCount} dòng, vượt giới hạn ${MAX_ROWS} dòng.`, `${ws.rowCount} rows`, {
          sheet: ws.name,
        }),
      );
      return;
    }
    const rows: CellValue[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: CellValue[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = row.getCell(c);
        cells.push(cell.type === ExcelJS.ValueType.Merge ? null : plain(cell.value));
      }
      rows.push(cells);
    }
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange).filter((m): m is CellRange => m !== undefined);
    sheets.push({ name: ws.name, rows, merges });
  });
  return problems.length ? { ok: false, problems } : { ok: true, workbook: { kind: 'xlsx', sheets } };
}

/** An exceljs cell value as plain data: rich text joined, formulas by their cached result, dates as `YYYY-MM-DD`. */
function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
  if (o.richText) return o.richText.map((t) => t.text).join('');
  if ('result' in o) return plain(o.result);
  if (o.text !== undefined) return plain(o.text);
  if (o.error) return o.error;
  return null;
}

/** `B3:D4` → range; 1-based. */
export function parseRange(ref: string): CellRange | undefined {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return undefined;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]!), bottom: Number(m[4]), right: col(m[3]!) };
}

function readCsv(bytes: Uint8Array, fileName: string): ReadResult {
  const decoded = decodeText(bytes);
  const fail = (code: string, message: string, detail: string): ReadResult => ({ ok: false, problems: [problem(code, message, detail)] });
  if (!decoded.ok && decoded.reason === 'utf16-without-bom')
    return fail(
      'FILE_ENCODING',
      `Tệp "${fileName}" có vẻ là UTF-16 nhưng thiếu dấu BOM: hãy lưu lại dưới dạng UTF-8 (hoặc UTF-16 có BOM).`,
      'UTF-16 without BOM',
    );
  if (!decoded.ok) {
    const binary = bytes.subarray(0, 1024).some((b) => b === 0 || (b < 9 && b !== 0));
    return binary
      ? fail(
          'FILE_TYPE_UNSUPPORTED',
          `Tệp "${fileName}" không phải bảng tính .xlsx hay tệp .csv (nhận biết theo nội dung tệp, không theo đuôi tên).`,
          'Neither ZIP (XLSX) nor text (CSV)',
        )
      : fail(
          'FILE_ENCODING',
          `Tệp "${fileName}" không phải văn bản UTF-8 hoặc UTF-16 (có BOM), có thể là bảng mã TCVN3/Windows-1258: hãy lưu lại với bảng mã UTF-8 (Unicode).`,
          'Not valid UTF-8',
        );
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.includes('\u0000'))
    return fail(
      'FILE_TYPE_UNSUPPORTED',
      `Tệp "${fileName}" không phải bảng tính .xlsx hay tệp .csv (nhận biết theo nội dung tệp).`,
      'NUL characters in text',
    );
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      to: MAX_ROWS + 1,
    }) as string[][];
  } catch (e) {
    return fail('CSV_UNREADABLE', `Tệp CSV "${fileName}" sai cấu trúc (ngoặc kép không đóng…): ${(e as Error).message}`, String(e));
  }
  if (records.length > MAX_ROWS) return fail('SHEET_TOO_LARGE', `Tệp CSV "${fileName}" có hơn ${MAX_ROWS} dòng.`, `> ${MAX_ROWS} rows`);
  const name = fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]+$/, '') || 'CSV';
  return {
    ok: true,
    workbook: { kind: 'csv', sheets: [{ name, rows: records.map((r) => r.map((c) => (c === '' ? null : c))), merges: [] }] },
  };
}
