import type { Framework } from '@par/scoring';
import { annexSheet, infoSheet, TEMPLATE_COLUMNS } from './template-rows';

const ANNEX_SHEET = 'Phụ lục';

/**
 * A framework as an XLSX fill-in template that `importAnnex` reads back to the same definition: a title block,
 * the header (frozen), one row per node with the maxima as numbers shown with the framework's decimals, a total
 * row, and a "Thông tin" sheet with the framework's other fields.
 */
export async function exportAnnexTemplate(framework: Framework): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PAR Index';
  const sheet = annexSheet(framework);
  const ws = wb.addWorksheet(ANNEX_SHEET);
  const width = TEMPLATE_COLUMNS.length;
  sheet.title.forEach((line, i) => {
    ws.getCell(i + 1, 1).value = line;
    ws.getCell(i + 1, 1).font = { bold: i < 2, italic: i >= 2 };
    ws.getCell(i + 1, 1).alignment = { horizontal: 'center', wrapText: true };
    ws.mergeCells(i + 1, 1, i + 1, width);
  });
  const headerRow = sheet.title.length + 2;
  ws.getRow(headerRow).values = sheet.header;
  ws.getRow(headerRow).font = { bold: true };
  ws.getRow(headerRow).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  const maxCol = TEMPLATE_COLUMNS.findIndex((c) => c.field === 'max') + 1;
  const numFmt = framework.rounding.decimals > 0 ? `0.${'0'.repeat(framework.rounding.decimals)}` : '0';
  sheet.rows.forEach((row, i) => {
    const r = ws.getRow(headerRow + 1 + i);
    r.values = row.cells as never;
    r.alignment = { vertical: 'top', wrapText: true };
    if (row.level <= 0) r.font = { bold: true };
    r.getCell(maxCol).numFmt = numFmt;
    if (row.level === -1) ws.mergeCells(headerRow + 1 + i, 1, headerRow + 1 + i, 2);
  });
  TEMPLATE_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  const info = infoSheet(framework);
  const wi = wb.addWorksheet(info.name);
  info.rows.forEach((r, i) => (wi.getRow(i + 1).values = r as never));
  wi.getRow(1).font = { bold: true };
  wi.getColumn(1).width = 24;
  wi.getColumn(2).width = 90;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
