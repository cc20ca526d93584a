import { EventEmitter } from 'node:events';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { runCli } from './run-cli.testing';
import { exitQuietlyOnBrokenPipe } from './broken-pipe';
import { example, makeResultsFixtures } from './fixtures/results-files';

// Issue #9 item 8, "a CLI for officials and scripts": one test per defect found by a new user.
const district = example('frameworks/bac-kan-2023-district.yaml');
const commune = example('frameworks/bac-kan-2023-commune.yaml');
const districts = example('results/bac-kan-2023-districts.json');
const report = example('reports/bac-kan-2023.yaml');
const fx = makeResultsFixtures();
/** The widest table line (plain sentences are left to the terminal to wrap). */
const widest = (s: string) =>
  Math.max(
    ...s
      .split('\n')
      .filter((l) => /^[┌│├└]/.test(l))
      .map((l) => [...l].length),
  );

beforeAll(() => {
  delete process.env['COLUMNS'];
});

describe('par: piping, files and numbers', () => {
  it('a closed pipe (par score … | head -1) exits quietly with the code so far; other stream errors still throw', () => {
    const stream = new EventEmitter();
    const exits: number[] = [];
    exitQuietlyOnBrokenPipe(stream, (c) => exits.push(c));
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(exits).toEqual([0]);
    expect(() => stream.emit('error', Object.assign(new Error('boom'), { code: 'EIO' }))).toThrow('boom');
  });

  it('an empty or header-only results file is a finding (exit 1), not a success', async () => {
    for (const f of [fx.headerOnly, fx.empty, fx.emptyJson]) {
      const r = await runCli('score', '--framework', commune, '--results', f);
      expect(r.code).toBe(1);
      expect(r.err).toContain('không có dữ liệu');
      expect(r.out).toBe('');
    }
  });

  it('accepts ; , and tab, UTF-8 with or without BOM, UTF-16 LE/BE with BOM: same scores as the comma file', async () => {
    const base = JSON.parse((await runCli('score', '--framework', commune, '--results', fx.comma)).out);
    for (const f of [fx.semicolon, fx.tab, fx.utf8Bom, fx.utf16le, fx.utf16be]) {
      const r = await runCli('score', '--framework', commune, '--results', f);
      expect({ f, code: r.code, err: r.err }).toEqual({ f, code: 0, err: '' });
      const c = JSON.parse(r.out);
      expect(c.units.map((u: { total: unknown }) => u.total)).toEqual(base.units.map((u: { total: unknown }) => u.total));
      expect(c.units[0].unitName).toBe('UBND phường Nguyễn Thị Minh Khai');
    }
  });

  it('an undecodable file is a failure (exit 3) explained in Vietnamese, not the parser English', async () => {
    const r = await runCli('score', '--framework', commune, '--results', fx.latin1);
    expect(r.code).toBe(3);
    expect(r.err).toContain('không phải văn bản UTF-8');
  });

  it('values it cannot parse are reported with file, line, column and the text (text and JSON)', async () => {
    const r = await runCli('score', '--framework', commune, '--results', fx.badCells);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${fx.badCells}, dòng 3, cột "value": "abc"`);
    expect(r.err).toContain('dòng 4, cột "value": "7o,5"');
    expect(r.err).not.toContain('/units/');
    const j = await runCli('score', '--framework', commune, '--results', fx.badCells, '--json');
    expect(j.code).toBe(1);
    const body = JSON.parse(j.out);
    expect(body.ok).toBe(false);
    expect(body.error.cells[0]).toMatchObject({ file: fx.badCells, line: 3, column: 'value', text: 'abc' });
  });

  it('refuses 9.28,5 (ambiguous: not 928.5) with its line', async () => {
    const r = await runCli('score', '--framework', commune, '--results', fx.ambiguous);
    expect(r.code).toBe(1);
    expect(r.err).toContain('dòng 2, cột "value": "9.28,5"');
  });
});

describe('par score: what the table and the JSON say', () => {
  it('an unknown --rule id is refused (exit 2) with the valid ids; --leaves in table mode says it is JSON only', async () => {
    const r = await runCli('score', '--framework', district, '--results', districts, '--rule', 'bac-kan-commune-2/3=off');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có quy tắc điều chỉnh xếp loại "bac-kan-commune-2/3"');
    expect(r.err).toContain('bac-kan-commune-two-thirds');
    const t = await runCli('score', '--framework', commune, '--results', fx.comma, '--format', 'table', '--leaves');
    expect(t.code).toBe(0);
    expect(t.err).toContain('--leaves chỉ áp dụng cho đầu ra JSON');
    const j = JSON.parse((await runCli('score', '--framework', commune, '--results', fx.comma, '--leaves')).out);
    expect(j.units[0].leaves.length).toBeGreaterThan(0);
  });

  it('the table shows survey-measured lost points', async () => {
    const t = await runCli('score', '--framework', district, '--results', districts, '--format', 'table');
    expect(t.out).toContain('1/survey');
    expect(t.out).toMatch(/1\/survey\s+│ Điều tra XHH/);
    expect(t.out).toContain('0,448');
  });

  it('warns about the lost points of aggregates it cannot compute, and shows how many points they hold', async () => {
    const t = await runCli('score', '--framework', district, '--results', districts, '--format', 'table');
    expect(t.err).toContain('Huyện Ngân Sơn: điểm mất của 7 nút chưa có kết quả (1/appraised');
    expect(t.err).toContain('11,579 điểm');
    expect(t.out).toContain('11,579*');
    const j = JSON.parse((await runCli('score', '--framework', district, '--results', districts)).out);
    expect(j.warnings.find((w: { unitId?: string }) => w.unitId === 'ngan-son')).toMatchObject({
      code: 'LOST_POINTS_UNLISTED',
      lost: 11.579,
    });
  });

  it('a total summed from parts is "computed", not "given"; a total the file gives stays "given"', async () => {
    const doc = JSON.parse(readFileSync(districts, 'utf8'));
    const u = doc.units[1];
    u.given = { byMethod: { appraised: 74.421 } };
    const f = fx.write('given-parts.json', JSON.stringify({ units: [u, doc.units[2]] }));
    const c = JSON.parse((await runCli('score', '--framework', district, '--results', f)).out);
    expect(c.units[0].total).toEqual({ value: 87.109, origin: 'computed' });
    expect(c.units[1].total.origin).toBe('given');
  });

  it('prints no float noise and fits 100 columns when not a terminal (COLUMNS narrows it)', async () => {
    const outs = [
      await runCli('score', '--framework', district, '--results', districts, '--format', 'table'),
      await runCli('reconcile', '--framework', district, commune, '--report', report),
      await runCli('framework', 'validate', district),
    ];
    for (const r of outs) {
      expect(r.out).not.toMatch(/\d,\d{7,}/);
      expect(widest(r.out)).toBeLessThanOrEqual(100);
    }
    process.env['COLUMNS'] = '72';
    try {
      expect(widest((await runCli('score', '--framework', district, '--results', districts, '--format', 'table')).out)).toBeLessThanOrEqual(
        72,
      );
    } finally {
      delete process.env['COLUMNS'];
    }
  });
});

describe('par: exit codes, --json, help and version', () => {
  it('exit codes: 0 ok, 1 findings, 2 usage, 3 failure', async () => {
    expect((await runCli('framework', 'validate', district)).code).toBe(0);
    expect((await runCli('reconcile', '--framework', district, commune, '--report', report)).code).toBe(1);
    expect((await runCli('score', '--framework', commune, '--results', fx.badCells)).code).toBe(1);
    expect((await runCli('score', '--framework', commune)).code).toBe(2);
    expect((await runCli('score', '--frmework', commune, '--results', fx.comma, '--framework', commune)).code).toBe(2);
    expect((await runCli('nope')).code).toBe(2);
    expect((await runCli('projections', 'rebuild')).code).toBe(2);
    expect((await runCli('score', '--framework', commune, '--results', `${fx.dir}/missing.csv`)).code).toBe(3);
    expect((await runCli('framework', 'validate', fx.dir)).code).toBe(3);
  });

  it('--json on every command: machine-readable output and errors, same exit codes', async () => {
    const v = await runCli('framework', 'validate', district, '--json');
    expect(JSON.parse(v.out)).toEqual({ ok: true, problems: [] });
    const s = await runCli('--json', 'score', '--framework', commune, '--results', fx.comma, '--format', 'table');
    expect(JSON.parse(s.out).units).toHaveLength(8);
    const rc = await runCli('reconcile', '--framework', district, commune, '--report', report, '--json');
    expect(rc.code).toBe(1);
    expect(JSON.parse(rc.out).contradictions).toHaveLength(2);
    const p = await runCli('projections', 'list', '--json');
    expect(JSON.parse(p.out).map((x: { name: string }) => x.name)).toContain('ranking.scores');
    const u = await runCli('score', '--framework', commune, '--results', fx.comma, '--format', 'xml', '--json');
    expect(u.code).toBe(2);
    expect(JSON.parse(u.out)).toMatchObject({ ok: false, exitCode: 2, error: { code: 'USAGE' } });
    const m = await runCli('score', '--framework', commune, '--results', `${fx.dir}/missing.csv`, '--json');
    expect(JSON.parse(m.out)).toMatchObject({ ok: false, exitCode: 3, error: { code: 'FILE_NOT_READABLE' } });
  });

  it('--version, Vietnamese help frames with examples, Vietnamese commander errors', async () => {
    const v = await runCli('--version');
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/^par \d+\.\d+\.\d+/);
    for (const args of [['--help'], ['score', '--help'], ['help', 'verify']]) {
      const h = await runCli(...args);
      expect(h.code).toBe(0);
      expect(h.out).toContain('Cách dùng: par');
      expect(h.out).toContain('Tùy chọn:');
      expect(h.out).not.toMatch(/Usage:|Options:|display help/);
    }
    expect((await runCli('--help')).out).toContain('Ví dụ:');
    expect((await runCli('score', '--help')).out).toContain('Mã thoát:');
    const e = await runCli('score', '--framework', commune, '--results', fx.comma, '--colour');
    expect(e.code).toBe(2);
    expect(e.err).toContain("lỗi: không có tùy chọn '--colour'");
    expect(e.err).not.toContain('error:');
  });

  it('offline commands do not load the platform: projections and verify are imported in their action only', () => {
    const main = readFileSync(new URL('./main.ts', import.meta.url), 'utf8');
    expect(main).not.toMatch(/^import .*(@par\/platform|@par\/database|projections\.commands|verify\.commands|cli-support)/m);
    expect(main).toContain("await import('./verify.commands')");
  });

  const oldNode = '/usr/bin/node';
  const oldMajor = existsSync(oldNode) ? Number(spawnSync(oldNode, ['-p', 'process.versions.node.split(".")[0]']).stdout.toString()) : 24;
  (oldMajor < 24 ? it : it.skip)(`an older node (${oldNode} v${oldMajor}) says so clearly and exits 3`, () => {
    const r = spawnSync(oldNode, [new URL('../../bin/par.js', import.meta.url).pathname, '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('par cần Node.js 24');
    expect(r.stderr).not.toContain('    at ');
  });
});
