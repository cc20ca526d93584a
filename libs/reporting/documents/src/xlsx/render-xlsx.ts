import ExcelJS from 'exceljs';
import type { Cell, ReportDocument, TableBlock } from '../model/report-document';
import { placeAndDateVi } from '../docx/docx-header';

/** Excel number format for a number of decimals (`0.000`; shown with the reader's decimal separator). */
export const numberFormat = (decimals: number): string => (decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0');

/**
 * Text a spreadsheet must never interpret: a cell starting with `= + - @` (or a tab/CR) would be read as a formula
 * when retyped or exported to CSV. Such text gets a leading apostrophe-equivalent: a zero-width-free `'` prefix.
 */
export function neutraliseText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Sheet names: at most 31 characters, none of `[]:*?/\`, unique in the workbook. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || 'Bang';
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 26)} ${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

function cellValue(v: Cell): ExcelJS.CellValue {
  if (v === null) return null;
  return typeof v === 'number' ? v : neutraliseText(v);
}

function addTableSheet(wb: ExcelJS.Workbook, t: TableBlock, name: string, heading: string): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.getCell(1, 1).value = neutraliseText(heading);
  ws.getCell(1, 1).font = { bold: true };
  ws.getCell(2, 1).value = neutraliseText(t.title);
  ws.getCell(2, 1).font = { bold: true, size: 12 };
  const header = ws.getRow(3);
  t.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = neutraliseText(c.header);
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    ws.getColumn(i + 1).width = c.kind === 'text' ? Math.min(60, 12 * (c.width ?? 3)) : 14;
    if (c.kind === 'number') ws.getColumn(i + 1).numFmt = numberFormat(c.decimals ?? 0);
  });
  for (const r of t.rows) ws.addRow(r.map(cellValue));
  if (t.footer) ws.addRow(t.footer.map(cellValue)).font = { bold: true };
  for (let i = 4; i <= ws.rowCount; i++) ws.getRow(i).alignment = { wrapText: true, vertical: 'top' };
}

/**
 * A report document as XLSX: a "Thông tin" sheet (issuer, number, date, title, which result and the event positions), then one sheet per table, numbers as
 * numbers with the column's decimals as number format, user text never read as a formula.
 */
export async function renderXlsx(doc: ReportDocument): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = doc.header.issuer;
  wb.created = new Date(`${doc.header.date.slice(0, 10)}T00:00:00Z`);
  wb.modified = wb.created;
  const used = new Set<string>();
  const info = wb.addWorksheet(sheetName('Thông tin', used));
  const rows: [string, string][] = [
    ['Cơ quan', doc.header.issuer],
    ['Số', doc.header.number],
    ['Ngày', placeAndDateVi(doc.header.place, doc.header.date)],
    ['Loại văn bản', doc.kind],
    ['Tiêu đề', doc.title],
    ...(doc.status ? [['Kết quả', doc.status] as [string, string]] : []),
    ...(doc.provenance ? [['Nguồn số liệu', doc.provenance] as [string, string]] : []),
  ];
  for (const [k, v] of rows) info.addRow([k, neutraliseText(v)]);
  info.getColumn(1).width = 16;
  info.getColumn(2).width = 100;
  info.getColumn(1).font = { bold: true };
  for (const t of doc.blocks.filter((b): b is TableBlock => b.kind === 'table' && b.only !== 'docx'))
    addTableSheet(wb, t, sheetName(t.sheet, used), doc.title);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
