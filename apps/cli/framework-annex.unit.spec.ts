import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseFramework } from '@par/scoring';
import { runCli } from './run-cli.testing';

const ex = (p: string) => new URL(`../../examples/frameworks/${p}`, import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'par-annex-'));

describe('npx par framework import|export', () => {
  it('import: writes the YAML of an annex, which validates and equals the example framework', async () => {
    const outFile = join(tmp, 'district.yaml');
    const r = await runCli('framework', 'import', ex('bac-kan-2023-district.annex.xlsx'), '-o', outFile);
    expect(r.err).not.toContain('[');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã nhập bộ tiêu chí');
    const written = parseFramework(readFileSync(outFile, 'utf8'), 'yaml');
    expect(written.ok).toBe(true);
    const { $schema: _, ...expected } = parse(readFileSync(ex('bac-kan-2023-district.yaml'), 'utf8'));
    expect(written.framework).toEqual(parseFramework(JSON.stringify(expected), 'json').framework);
  });

  it('import: a bad annex prints the Vietnamese table of problems, exits 1 and writes nothing', async () => {
    const bad = join(tmp, 'bad.csv');
    writeFileSync(
      bad,
      'STT;Nội dung;Điểm tối đa;Cách chấm;Cơ quan phụ trách\nI;Chỉ đạo;2;;\n1.1;Kế hoạch;9.28,5;Thẩm định;VP\n1.1;Trùng;1;Thẩm định;VP\n',
    );
    const outFile = join(tmp, 'bad.yaml');
    const r = await runCli('framework', 'import', bad, '--id', 'x', '-o', outFile);
    expect(r.code).toBe(1);
    expect(existsSync(outFile)).toBe(false);
    expect(r.out).toContain('không nhập gì');
    expect(r.out).toMatch(/Trang.*Dòng.*Cột.*Mã lỗi/);
    expect(r.out).toContain('NUMBER_UNREADABLE');
    expect(r.out).toContain('DUPLICATE_CODE');
    const j = await runCli('framework', 'import', bad, '--json');
    expect(j.code).toBe(1);
    const body = JSON.parse(j.out);
    expect(body.ok).toBe(false);
    expect(body.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'NUMBER_UNREADABLE', sheet: 'bad', row: 3, column: 'C' })]),
    );
  });

  it('import: a missing file exits 3, a bad option 2', async () => {
    expect((await runCli('framework', 'import', join(tmp, 'none.xlsx'))).code).toBe(3);
    expect((await runCli('framework', 'import', ex('bac-kan-2023-district.annex.xlsx'), '--max-mb', 'abc')).code).toBe(2);
  });

  it('export then import: the template reads back to the same framework', async () => {
    const xlsx = join(tmp, 'mau.xlsx');
    const e = await runCli('framework', 'export', ex('bac-kan-2023-commune.yaml'), '-o', xlsx);
    expect(e.code).toBe(0);
    expect(e.out).toContain('Đã xuất mẫu phụ lục');
    const r = await runCli('framework', 'import', xlsx, '--json');
    expect(r.code).toBe(0);
    const { $schema: _, ...expected } = parse(readFileSync(ex('bac-kan-2023-commune.yaml'), 'utf8'));
    expect(JSON.parse(r.out).framework).toEqual(parseFramework(JSON.stringify(expected), 'json').framework);
  });

  it('export: an invalid framework exits 1; -o is required (2)', async () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1 }));
    expect((await runCli('framework', 'export', bad, '-o', join(tmp, 'x.xlsx'))).code).toBe(1);
    expect((await runCli('framework', 'export', ex('bac-kan-2023-commune.yaml'))).code).toBe(2);
  });

  it('--help lists import and export', async () => {
    const r = await runCli('framework', '--help');
    expect(r.out).toContain('import');
    expect(r.out).toContain('export');
  });
});
