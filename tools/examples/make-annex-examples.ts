// Writes examples/frameworks/bac-kan-2023-{district,commune}.annex.xlsx from the YAML frameworks beside them,
// laid out as a province's official annex rather than as our export template: the state heading and the
// "PHỤ LỤC … BỘ TIÊU CHÍ …" title block in merged cells, a two-row header merged down, a "(1) (2) …" numbering
// row, Roman numerals for the components, a "TỔNG CỘNG" row merged across STT and content, and a "Thông tin" sheet
// with what an annex does not print (id, period, rounding, bands; docs/framework-annex.md). The last column,
// "Thuộc tính khác", carries as JSON what the annex says in prose (short names, counts of criteria and sub-criteria,
// the names of not-itemised items) so that the import equals the YAML file field for field.
// Run: PATH="$PWD/node_modules/.bin:$PATH" node tools/examples/make-annex-examples.ts (Node 24 strips the types)
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';

type Node = { code: string; name: string; max: number; method?: string; departments?: string[] } & Record<string, unknown>;
/** What the annex's prose says about a node (short name, counts of criteria, names of items), as JSON in the last column. */
const EXTRA = ['shortName', 'maxByMethod', 'detail', 'declaredCounts', 'covers', 'knownItems'];
type Band = { class: string; label: string; min?: number };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the YAML document as read, fields used by name below
type Fw = Record<string, any> & { components: (Node & { criteria?: (Node & { subCriteria?: Node[] })[]; aggregates?: Node[] })[] };

const METHOD: Record<string, string> = {
  appraised: 'Thẩm định',
  survey: 'Điều tra XHH',
  satisfaction: 'SIPAS',
  indicator: 'Chỉ tiêu',
  mixed: 'Tổng hợp',
};
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const HEADER = [
  'STT',
  'Lĩnh vực, tiêu chí, tiêu chí thành phần',
  'Điểm tối đa',
  'Phương pháp đánh giá',
  'Cơ quan phụ trách',
  'Tài liệu kiểm chứng',
  'Thuộc tính khác',
];
const root = new URL('../../examples/frameworks/', import.meta.url);
const date = (iso: string) => iso.split('-').reverse().join('/');

function titleBlock(ws: ExcelJS.Worksheet, f: Fw, unitLabel: string): void {
  const put = (row: number, from: number, to: number, text: string, bold = true) => {
    ws.getCell(row, from).value = text;
    ws.getCell(row, from).font = { bold, italic: !bold, name: 'Times New Roman', size: 13 };
    ws.getCell(row, from).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.mergeCells(row, from, row, to);
  };
  put(1, 1, 2, 'UBND TỈNH BẮC KẠN');
  put(1, 3, 7, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  put(2, 3, 7, 'Độc lập - Tự do - Hạnh phúc');
  put(4, 1, 7, 'PHỤ LỤC');
  put(5, 1, 7, `BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA ${unitLabel} TỈNH BẮC KẠN GIAI ĐOẠN 2023-2025`);
  put(6, 1, 7, `(Ban hành kèm theo Quyết định số ${f.decision.number} ngày ${date(f.decision.date)} của ${f.decision.issuer})`, false);
  ws.getRow(5).height = 36;
}

function header(ws: ExcelJS.Worksheet): number {
  HEADER.forEach((h, i) => {
    ws.getCell(8, i + 1).value = h;
    ws.mergeCells(8, i + 1, 9, i + 1); // two-row header, as printed annexes have
    ws.getCell(10, i + 1).value = `(${i + 1})`;
  });
  for (const r of [8, 10]) ws.getRow(r).font = { bold: r === 8, italic: r === 10, name: 'Times New Roman' };
  ws.getRow(8).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  [8, 60, 10, 16, 22, 30, 50].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return 11;
}

function body(ws: ExcelJS.Worksheet, f: Fw, first: number): void {
  let r = first;
  const row = (code: string, n: Node, bold: boolean) => {
    const method = n.method ? METHOD[n.method] : null;
    const extra = Object.fromEntries(EXTRA.filter((k) => n[k] !== undefined).map((k) => [k, n[k]]));
    const json = Object.keys(extra).length ? JSON.stringify(extra) : null;
    ws.getRow(r).values = [code, n.name, n.max, method ?? null, (n.departments ?? []).join('; ') || null, null, json];
    ws.getRow(r).font = { bold, name: 'Times New Roman' };
    ws.getRow(r).alignment = { vertical: 'top', wrapText: true };
    r++;
  };
  f.components.forEach((c, i) => {
    row(/^\d+$/.test(c.code) ? ROMAN[Number(c.code) - 1]! : c.code, c, true);
    for (const k of c.criteria ?? []) {
      row(k.code, k, false);
      for (const s of k.subCriteria ?? []) row(s.code, s, false);
    }
    for (const a of c.aggregates ?? []) row(a.code, a, false);
    void i;
  });
  ws.getRow(r).values = ['TỔNG CỘNG', null, f.totalMax];
  ws.getRow(r).font = { bold: true, name: 'Times New Roman' };
  ws.mergeCells(r, 1, r, 2);
}

/** The documented "Thông tin" sheet (docs/framework-annex.md): what the printed annex does not carry. */
function info(wb: ExcelJS.Workbook, f: Fw): void {
  const ws = wb.addWorksheet('Thông tin');
  const bands = f.classification.bands.map((b: Band) => `${b.label} (${b.class})${b.min !== undefined ? ` ≥ ${b.min}` : ''}`).join('; ');
  const extra: Record<string, unknown> = {};
  for (const k of ['amendments', 'maxByMethod', 'declaredCounts', 'detail', 'detailNote']) if (f[k] !== undefined) extra[k] = f[k];
  if (f.classification.adjustments) extra.classification = { adjustments: f.classification.adjustments };
  const rows: [string, unknown][] = [
    ['Thông tin', 'Giá trị'],
    ['Mã bộ tiêu chí', f.id],
    ['Tên bộ tiêu chí', f.name],
    ['Tỉnh', f.province],
    ['Loại đơn vị', f.unitType],
    ['Từ năm', f.period.from],
    ['Đến năm', f.period.to],
    ['Năm áp dụng', f.year],
    ['Phiên bản', f.version],
    ['Trích yếu', f.decision.summary],
    ['Số chữ số thập phân', f.rounding.decimals],
    ['Cách làm tròn', f.rounding.mode],
    ['Làm tròn ở', f.rounding.at],
    ['Xếp loại theo', f.classification.basis],
    ['Mức xếp loại', bands],
    ['Xếp hạng theo', f.ranking?.basis],
    ['Thuộc tính khác', JSON.stringify(extra)],
  ];
  rows.forEach((v, i) => (ws.getRow(i + 1).values = v.map((x) => x ?? null) as ExcelJS.CellValue[]));
  ws.getRow(1).font = { bold: true };
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 100;
}

async function make(name: string, unitLabel: string): Promise<void> {
  const f = parse(readFileSync(new URL(`${name}.yaml`, root), 'utf8')) as Fw;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'UBND tỉnh Bắc Kạn';
  wb.created = wb.modified = new Date(Date.UTC(2023, 7, 7));
  const ws = wb.addWorksheet('Phụ lục', { pageSetup: { orientation: 'landscape', paperSize: 9 } });
  titleBlock(ws, f, unitLabel);
  body(ws, f, header(ws));
  info(wb, f);
  writeFileSync(new URL(`${name}.annex.xlsx`, root), Buffer.from(await wb.xlsx.writeBuffer()));
}

await make('bac-kan-2023-district', 'UBND CÁC HUYỆN, THÀNH PHỐ');
await make('bac-kan-2023-commune', 'UBND CÁC XÃ, PHƯỜNG, THỊ TRẤN');
