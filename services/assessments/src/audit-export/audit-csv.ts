/**
 * CSV cells and files for the audit export, written by exceljs (RFC 4180 quoting of separators, quotes and line
 * breaks; UTF-8 with BOM so spreadsheet programs read the Vietnamese; CRLF rows). The only CSV writer of the service.
 */

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A text cell safe to open in a spreadsheet: a cell starting with `= + - @` (or tab, CR) gets a leading `'`, so it
 * is shown as text and never evaluated; plain numbers (`-0.5`) stay as they are. Quoting is the writer's job.
 */
export function neutraliseCell(value: string | null): string {
  if (value === null) return '';
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** A CSV file of a header and rows, every cell neutralised; a Buffer of UTF-8 with BOM. */
export async function writeCsv(header: readonly string[], rows: readonly (readonly (string | null)[])[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('audit');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow(row.map(neutraliseCell));
  const out = await workbook.csv.writeBuffer({ formatterOptions: { writeBOM: true, rowDelimiter: '\r\n', quoteColumns: false } });
  return Buffer.from(out as ArrayBuffer);
}
