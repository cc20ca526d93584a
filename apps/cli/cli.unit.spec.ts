import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The CLI is tested through the real entry point of `npx par`.
import { runCli } from './run-cli.testing';

const ex = (p: string) => new URL(`../../examples/${p}`, import.meta.url).pathname;
const district = ex('frameworks/bac-kan-2023-district.yaml');
const commune = ex('frameworks/bac-kan-2023-commune.yaml');

const run = runCli;

const tmp = mkdtempSync(join(tmpdir(), 'par-cli-'));

describe('npx par (scoring commands)', () => {
  it('framework validate: ok for the examples', async () => {
    const r = await run('framework', 'validate', district);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Bộ tiêu chí hợp lệ');
    expect((await run('framework', 'validate', commune)).code).toBe(0);
  });

  it('framework validate: lists every problem with its path and exits 1', async () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, id: 'x', components: [{ code: '1', name: 'A', max: 2, criteria: [] }] }));
    const r = await run('framework', 'validate', bad, '--format', 'json');
    expect(r.code).toBe(1);
    const body = JSON.parse(r.out);
    expect(body.ok).toBe(false);
    expect(body.problems.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['SCHEMA_REQUIRED', 'EMPTY_COMPONENT']));
  });

  it('score: JSON totals, ranks, classes and lost points', async () => {
    const r = await run(
      'score',
      '--framework',
      district,
      '--results',
      ex('results/bac-kan-2023-districts.json'),
      '--subordinate-framework',
      commune,
      '--subordinate-results',
      ex('results/bac-kan-2023-communes.csv'),
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const cycle = JSON.parse(r.out);
    expect(cycle.units.map((u: { rank: number }) => u.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(cycle.units[0].total.value).toBe(87.461);
    expect(cycle.units[0].class.adjustments[0].status).toBe('kept');
  });

  it('score: a table in Vietnamese, from CSV, with rules switched off for the cycle', async () => {
    const r = await run('score', '--framework', commune, '--results', ex('results/bac-kan-2023-communes.csv'), '--format', 'table');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Xếp loại');
    expect(r.out).toContain('90,60');
    expect(r.out).toContain('Xuất sắc');
    const off = await run(
      'score',
      '--framework',
      district,
      '--results',
      ex('results/bac-kan-2023-districts.json'),
      '--rule',
      'bac-kan-commune-two-thirds=off',
    );
    expect(JSON.parse(off.out).units[7].class.adjustments[0].status).toBe('disabled');
  });

  it('score: reports bad results and exits 1', async () => {
    const csv = join(tmp, 'bad.csv');
    writeFileSync(csv, 'unitId,code,value\nx,ALL/total,120\nx,NOPE,1\n');
    const r = await run('score', '--framework', commune, '--results', csv);
    expect(r.code).toBe(1);
    expect(r.err).toContain('SCORE_ABOVE_MAX');
    expect(r.err).toContain('UNKNOWN_CODE');
  });

  it('reconcile: the seed report has exactly two contradictions (exit 1)', async () => {
    const r = await run('reconcile', '--framework', district, commune, '--report', ex('reports/bac-kan-2023.yaml'), '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).contradictions.map((c: { code: string }) => c.code)).toEqual(['HEADER_MAX_MISMATCH', 'RANK_MISMATCH']);
    const t = await run('reconcile', '--framework', district, commune, '--report', ex('reports/bac-kan-2023.yaml'));
    expect(t.out).toContain('Phát hiện 2 mâu thuẫn');
  });

  it('clear errors and non-zero exits for missing files, invalid frameworks and usage', async () => {
    const missing = await run('score', '--framework', join(tmp, 'nope.yaml'), '--results', join(tmp, 'nope.csv'));
    expect(missing.code).toBe(3);
    expect(missing.err).toContain('Không tìm thấy tệp');
    const broken = join(tmp, 'broken.yaml');
    writeFileSync(broken, 'schemaVersion: 1\nid: x\n');
    const inv = await run('reconcile', '--framework', broken, '--report', ex('reports/bac-kan-2023.yaml'));
    expect(inv.code).toBe(1);
    expect(inv.err).toContain('không hợp lệ');
    expect((await run('score', '--framework', district)).code).toBe(2);
    expect((await run('score', '--framework', district, '--results', 'x', '--format', 'xml')).code).toBe(2);
  });
});

describe('npx par framework (format version 2)', () => {
  it('validate prints file:line:column before each problem', async () => {
    const bad = join(tmp, 'bad-lines.yaml');
    writeFileSync(bad, readFileSync(commune, 'utf8').replace('totalMax: 100', 'totalMax: 90'));
    const r = await run('framework', 'validate', bad);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${bad}:28:11: [MAX_SUM_MISMATCH]`);
  });

  it('upgrade writes the version 2 file to -o, says what changed, and changes nothing the second time', async () => {
    const out = join(tmp, 'commune-v2.yaml');
    const r = await run('framework', 'upgrade', commune, '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('từ định dạng phiên bản 1 sang 2');
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(commune, 'utf8').replace('schemaVersion: 1', 'schemaVersion: 2'));
    const again = await run('framework', 'upgrade', out, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ ok: true, fromVersion: 2, toVersion: 2, changes: [] });
  });

  it('upgrade: exit 1 for an invalid file (nothing written), 2 without a file, 3 when unreadable', async () => {
    const bad = join(tmp, 'bad-upgrade.yaml');
    const text = readFileSync(commune, 'utf8').replace('totalMax: 100', 'totalMax: 90');
    writeFileSync(bad, text);
    const r = await run('framework', 'upgrade', bad);
    expect(r.code).toBe(1);
    expect(r.out).toContain('chưa ghi gì');
    expect(readFileSync(bad, 'utf8')).toBe(text);
    expect((await run('framework', 'upgrade')).code).toBe(2);
    expect((await run('framework', 'upgrade', join(tmp, 'nope.yaml'))).code).toBe(3);
  });
});
