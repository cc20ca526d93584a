import ExcelJS from 'exceljs';
import { importAnnex } from '../import-annex';
import type { AnnexOptions } from '../model/map-annex';

// Bad files built here, in memory (exceljs and Buffer), each giving its report and no definition.
const OPTIONS: AnnexOptions = {
  id: 'tn',
  name: 'Bộ tiêu chí thử nghiệm',
  province: 'tn',
  unitType: 'commune',
  period: { from: 2024, to: 2025 },
  version: '1',
  decision: { number: '1/QĐ-UBND', date: '2024-01-02' },
  rounding: { decimals: 2, mode: 'half-up', at: 'leaf' },
  classification: { bands: [{ class: 'weak', label: 'Yếu' }] },
};

const HEADER = ['STT', 'Lĩnh vực, tiêu chí, tiêu chí thành phần', 'Điểm tối đa', 'Phương pháp đánh giá', 'Cơ quan phụ trách'];
const ROWS = [
  ['I', 'Chỉ đạo, điều hành', 2, null, null],
  ['1.1', 'Kế hoạch', 1, 'Thẩm định', 'Văn phòng'],
  ['1.2', 'Báo cáo', 1, 'Thẩm định', 'Văn phòng'],
];

async function xlsx(build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  ws.getCell('A1').value = 'PHỤ LỤC';
  ws.mergeCells('A1:E1');
  ws.getCell('A2').value = 'BỘ TIÊU CHÍ THỬ NGHIỆM';
  ws.mergeCells('A2:E2');
  build(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const table = (header: unknown[], rows: unknown[][]) => (ws: ExcelJS.Worksheet) => {
  ws.getRow(4).values = header as ExcelJS.CellValue[];
  rows.forEach((r, i) => (ws.getRow(5 + i).values = r as ExcelJS.CellValue[]));
};
const csv = (text: string) => new TextEncoder().encode(text);
const at = (r: { problems: { code: string; row?: number; column?: string }[] }) =>
  r.problems.map((p) => `${p.code}@${p.row ?? ''}${p.column ?? ''}`);

describe('bad annex files: every problem, nothing imported', () => {
  it('a good XLSX and a good CSV (";" delimited, UTF-8 with BOM) are imported', async () => {
    expect((await importAnnex(await xlsx(table(HEADER, ROWS)), 'a.xlsx', OPTIONS)).problems).toEqual([]);
    const text = '\uFEFF' + [HEADER, ...ROWS].map((r) => r.map((c) => c ?? '').join(';')).join('\r\n');
    const r = await importAnnex(csv(text), 'phu-luc.csv', OPTIONS);
    expect(r.problems).toEqual([]);
    expect(r.ok && r.framework.departments).toEqual([{ code: 'VP', name: 'Văn phòng' }]);
  });

  it('CSV with tabs, and UTF-16 with BOM', async () => {
    const text = [HEADER, ...ROWS].map((r) => r.map((c) => c ?? '').join('\t')).join('\n');
    expect((await importAnnex(csv(text), 'a.tsv', OPTIONS)).ok).toBe(true);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await importAnnex(utf16, 'a.csv', OPTIONS)).ok).toBe(true);
  });

  it('wrong and missing columns', async () => {
    const r = await importAnnex(
      await xlsx(table(['STT', 'Nội dung', 'Điểm đạt', 'Cách chấm', 'Cơ quan phụ trách'], ROWS)),
      'a.xlsx',
      OPTIONS,
    );
    expect(r.ok).toBe(false);
    expect(at(r)).toEqual(['COLUMN_MISSING@4', 'COLUMN_UNKNOWN@4C']);
  });

  it('a merged range across score cells', async () => {
    const r = await importAnnex(await xlsx((ws) => (table(HEADER, ROWS)(ws), ws.mergeCells('C6:C7'))), 'a.xlsx', OPTIONS);
    expect(at(r)).toEqual(['MERGED_SCORE_CELL@6C']);
    expect(r.problems[0]!.sheet).toBe('Phụ lục');
  });

  it('maxima that do not add up, duplicate codes, a missing parent, an unreadable number — all at once', async () => {
    const rows = [
      ...ROWS,
      ['1.2', 'Báo cáo lần hai', 1, 'Thẩm định', 'Văn phòng'],
      ['2.1', 'Không có lĩnh vực', '9.28,5', 'Thẩm định', 'Văn phòng'],
    ];
    rows[0] = ['I', 'Chỉ đạo, điều hành', 2.5, null, null];
    const r = await importAnnex(await xlsx(table(HEADER, rows)), 'a.xlsx', OPTIONS);
    expect(r.ok).toBe(false);
    expect(at(r)).toEqual(['DUPLICATE_CODE@8A', 'PARENT_MISSING@9A']);
    const sums = await importAnnex(
      await xlsx(table(HEADER, [rows[0]!, ...ROWS.slice(1), rows[4]!.map((c, i) => (i === 0 ? '1.3' : c))])),
      'a.xlsx',
      OPTIONS,
    );
    expect(at(sums)).toEqual(['NUMBER_UNREADABLE@8C']);
    const mismatch = await importAnnex(await xlsx(table(HEADER, [rows[0]!, ...ROWS.slice(1)])), 'a.xlsx', OPTIONS);
    expect(at(mismatch)).toEqual(['MAX_SUM_MISMATCH@5C']);
  });

  it('bad encodings: Windows-1258/TCVN3 bytes, UTF-16 without BOM', async () => {
    const legacy = Buffer.concat([
      Buffer.from('STT;N'),
      Buffer.from([0xe9, 0xf5, 0x69]),
      Buffer.from(' dung;Điểm tối đa\n'.normalize('NFD').replace(/[^\x00-\x7f]/g, 'x')),
    ]);
    expect(at(await importAnnex(legacy, 'a.csv', OPTIONS))).toEqual(['FILE_ENCODING@']);
    const noBom = Buffer.from('STT;Nội dung;Điểm tối đa\nI;A;1\n', 'utf16le');
    expect(at(await importAnnex(noBom, 'a.csv', OPTIONS))).toEqual(['FILE_ENCODING@']);
  });

  it('a file over the size limit is refused before parsing (default 10 MB; a 50 MB file)', async () => {
    const big = new Uint8Array(50 * 1024 * 1024); // zeros: parsing it would fail otherwise
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const r = await importAnnex(big, 'lon.xlsx', OPTIONS);
    expect(at(r)).toEqual(['FILE_TOO_LARGE@']);
    expect(r.problems[0]!.message).toContain('50,0 MB');
    expect(at(await importAnnex(csv('x'.repeat(2000)), 'a.csv', { ...OPTIONS, maxBytes: 1000 }))).toEqual(['FILE_TOO_LARGE@']);
  });

  it('not an XLSX or CSV by content, whatever the name says', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0x00, 0x9c])]);
    expect(at(await importAnnex(pdf, 'phu-luc.xlsx', OPTIONS))).toEqual(['FILE_TYPE_UNSUPPORTED@']);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(at(await importAnnex(xls, 'phu-luc.csv', OPTIONS))).toEqual(['FILE_XLS_UNSUPPORTED@']);
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]);
    expect(at(await importAnnex(zip, 'a.xlsx', OPTIONS))).toEqual(['FILE_UNREADABLE@']);
    // a CSV named .xlsx is read as the CSV it is
    const text = [HEADER, ...ROWS].map((r) => r.map((c) => `"${c ?? ''}"`).join(',')).join('\n');
    expect((await importAnnex(csv(text), 'phu-luc.xlsx', OPTIONS)).ok).toBe(true);
  });
});
