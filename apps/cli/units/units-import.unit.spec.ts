import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../run-cli.testing';
import { readUnitFile } from './read-unit-file';

const dir = mkdtempSync(join(tmpdir(), 'par-units-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên', 'Hiệu lực từ', 'Hiệu lực đến', 'Hình thành từ', 'Căn cứ'];

describe('reading a unit list', () => {
  it('reads a tab-separated UTF-8 file with a BOM', async () => {
    const text =
      '\uFEFF' +
      [HEADER.join('\t'), ['01834', 'UBND phường Bắc Kạn', 'Phường', '', '01/07/2025', '', '01834; 01837', 'NQ 1683'].join('\t')].join(
        '\n',
      );
    const { rows, problems } = await readUnitFile(file('tab.csv', text));
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        sheet: null,
        row: 2,
        code: '01834',
        name: 'UBND phường Bắc Kạn',
        kind: 'Phường',
        parentCode: '',
        validFrom: '01/07/2025',
        validTo: '',
        formedFrom: '01834; 01837',
        decision: 'NQ 1683',
      },
    ]);
  });

  it('reads every sheet of an XLSX below a merged title, with codes Excel stored as numbers and real dates', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh mục');
    ws.addRow(['DANH MỤC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ']);
    ws.mergeCells('A1:H1');
    ws.addRow(HEADER);
    ws.addRow([1834, 'UBND phường Bắc Kạn', 'Phường', null, new Date(Date.UTC(2025, 6, 1))]);
    const p = join(dir, 'units.xlsx');
    await wb.xlsx.writeFile(p);
    const { rows, problems } = await readUnitFile(p);
    expect(problems).toEqual([]);
    expect(rows).toEqual([expect.objectContaining({ sheet: 'Danh mục', row: 3, code: '01834', validFrom: '2025-07-01' })]);
  });

  it('reports missing columns on the header row, and a file over 10 MB without reading it', async () => {
    const missing = await readUnitFile(file('missing.csv', 'Mã đơn vị;Tên đơn vị\n01834;UBND phường Bắc Kạn\n'));
    expect(missing.problems).toEqual([
      expect.objectContaining({ row: 1, column: 'Loại', code: 'MISSING_COLUMN', messageVi: 'Thiếu cột "Loại".' }),
    ]);
    const big = file('big.csv', 'x');
    truncateSync(big, 50 * 1024 * 1024);
    expect((await readUnitFile(big)).problems).toEqual([expect.objectContaining({ code: 'FILE_TOO_LARGE' })]);
  });

  it('refuses a file that is not UTF-8 (e.g. Windows-1258)', async () => {
    await expect(readUnitFile(file('cp1258.csv', Buffer.from([0x4d, 0xe3, 0x3b, 0x0a])))).rejects.toMatchObject({ code: 'FILE_ENCODING' });
  });
});

describe('par units import', () => {
  it('prints every problem of the file, imports nothing and exits 1 (before any database)', async () => {
    const r = await runCli('units', 'import', file('bad.csv', 'Mã đơn vị,Tên đơn vị\n'), '--province', 'thai-nguyen');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Tệp có 1 lỗi; không nhập dòng nào.');
    expect(r.out).toContain('MISSING_COLUMN');
  });
  it('gives the report as JSON with --json', async () => {
    const r = await runCli('units', 'import', file('bad2.csv', 'Mã đơn vị,Tên đơn vị\n'), '--province', 'thai-nguyen', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({
      province: 'thai-nguyen',
      imported: 0,
      problems: [{ code: 'MISSING_COLUMN', column: 'Loại' }],
    });
  });
  it('is a usage error without --province', async () => {
    expect((await runCli('units', 'import', 'x.csv')).code).toBe(2);
  });
});
