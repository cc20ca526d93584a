import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxText, readXlsx } from '@par/reporting-documents/testing';
import { runCli } from '../run-cli.testing';

const dir = mkdtempSync(join(tmpdir(), 'par-report-cli-'));

describe('par report', () => {
  it('reconcile: the seed commune table typed by hand → its ranks out of order, in Vietnamese, exit 1', async () => {
    const r = await runCli(
      'report',
      'reconcile',
      'examples/reports/bac-kan-2023-communes-ranking.csv',
      '--framework',
      'examples/frameworks/bac-kan-2023-commune.yaml',
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain('Phát hiện 1 mâu thuẫn');
    expect(r.out).toContain('RANK_MISMATCH');
  });

  it('reconcile --json: the seed survey table → the header maximum of component 1', async () => {
    const r = await runCli(
      'report',
      'reconcile',
      'examples/reports/bac-kan-2023-survey-districts.csv',
      '--framework',
      'examples/frameworks/bac-kan-2023-district.yaml',
      '--json',
    );
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as { contradictions: { code: string; expected: number; actual: number }[] };
    expect(j.contradictions.map((c) => [c.code, c.expected, c.actual])).toEqual([['HEADER_MAX_MISMATCH', 2.5, 2]]);
  });

  it('ranking offline: the seed results as a DOCX and an XLSX ranking report', async () => {
    const common = [
      '--framework',
      'examples/frameworks/bac-kan-2023-district.yaml',
      '--results',
      'examples/results/bac-kan-2023-districts.json',
      '--subordinate-framework',
      'examples/frameworks/bac-kan-2023-commune.yaml',
      '--subordinate-results',
      'examples/results/bac-kan-2023-communes.csv',
      '--number',
      'Số: 118/BC-PNV',
      '--date',
      '2024-05-07',
      '--place',
      'TP. Bắc Kạn',
    ];
    const docx = join(dir, 'r.docx');
    const r = await runCli('report', 'ranking', ...common, '--format', 'docx', '-o', docx);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Đã ghi .*r\.docx \([\d.]+ byte, SHA-256 [0-9a-f]{64}\)\./);
    const text = docxText(new Uint8Array(readFileSync(docx)));
    expect(text).toContain('TP. Bắc Kạn, ngày 07 tháng 05 năm 2024');
    expect(text).toContain('87,461');
    const xlsx = join(dir, 'r.xlsx');
    expect((await runCli('report', 'ranking', ...common, '--format', 'xlsx', '-o', xlsx)).code).toBe(0);
    const ws = (await readXlsx(new Uint8Array(readFileSync(xlsx)))).getWorksheet('Xếp hạng')!;
    expect(ws.getRow(11).getCell(3).value).toBe(79.041);
  });

  it('ranking through the gateway needs a token (exit 2), and --cycle with --unit-type', async () => {
    delete process.env['PAR_TOKEN'];
    const r = await runCli('report', 'ranking', '--cycle', '2025-district', '--unit-type', 'district', '-o', join(dir, 'x.docx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('PAR_TOKEN');
    expect((await runCli('report', 'ranking', '-o', join(dir, 'x.docx'))).code).toBe(2);
  });
});
