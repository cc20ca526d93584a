import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseFramework, type Framework } from '@par/scoring';
import { readTableFile } from './read-table-file';
import { reconcileTables } from './reconcile-tables';

const root = new URL('../../../../../', import.meta.url);
const bytes = (p: string) => new Uint8Array(readFileSync(new URL(p, root)));
const fw = (p: string): Framework => parseFramework(readFileSync(new URL(p, root), 'utf8')).framework!;
const district = fw('examples/frameworks/bac-kan-2023-district.yaml');
const commune = fw('examples/frameworks/bac-kan-2023-commune.yaml');

describe('reconcileTables: the seed tables as a province would type them (CSV)', () => {
  it("catches the survey table's header maximum for component 1 (2,00 printed, 2,5 in the framework), nothing else", async () => {
    const r = reconcileTables(
      await readTableFile(bytes('examples/reports/bac-kan-2023-survey-districts.csv'), 'bac-kan-2023-survey-districts.csv'),
      district,
    );
    expect(r.problems).toEqual([]);
    expect(r.contradictions.map((c) => [c.code, c.place])).toEqual([['HEADER_MAX_MISMATCH', 'bac-kan-2023-survey-districts/header/1']]);
    expect(r.contradictions[0]!.message).toContain('6/8');
    expect(r.ok).toBe(false);
  });

  it('catches the commune ranks printed out of order, nothing else', async () => {
    const r = reconcileTables(
      await readTableFile(bytes('examples/reports/bac-kan-2023-communes-ranking.csv'), 'x/bac-kan-2023-communes-ranking.csv'),
      commune,
    );
    expect(r.contradictions.map((c) => c.code)).toEqual(['RANK_MISMATCH']);
    expect(r.contradictions[0]!.rows).toEqual([
      { place: 'bac-kan-2023-communes-ranking/rows/3/rank', expected: 3, actual: 4 },
      { place: 'bac-kan-2023-communes-ranking/rows/4/rank', expected: 4, actual: 5 },
      { place: 'bac-kan-2023-communes-ranking/rows/5/rank', expected: 5, actual: 7 },
      { place: 'bac-kan-2023-communes-ranking/rows/7/rank', expected: 7, actual: 3 },
    ]);
  });

  it('finds a consistent table consistent, and a total that does not add up or a wrong class', async () => {
    const ok = 'STT;Đơn vị;Điểm;Xếp hạng;Xếp loại\n1;A;90,6;1;Xuất sắc\n2;B;77,25;2;Khá\n';
    expect(reconcileTables(await readTableFile(new TextEncoder().encode(ok), 'ok.csv'), commune).ok).toBe(true);
    const bad = 'STT;Đơn vị;Điểm;Xếp hạng;Xếp loại\n1;A;90,6;1;Tốt\n2;B;77,25;2;Khá\n';
    expect(
      reconcileTables(await readTableFile(new TextEncoder().encode(bad), 'bad.csv'), commune).contradictions.map((c) => c.code),
    ).toEqual(['CLASS_MISMATCH']);
    const sum = 'TT;Đơn vị;Chỉ đạo điều hành (2,50);Cải cách thể chế (2,00);Tổng điểm\n1;TP Bắc Kạn;2,052;1,895;3,957\n';
    expect(
      reconcileTables(await readTableFile(new TextEncoder().encode(sum), 'sum.csv'), district).contradictions.map((c) => c.code),
    ).toEqual(['PARTS_DONT_SUM']);
  });

  it('reports a column it does not know instead of guessing', async () => {
    const r = reconcileTables(await readTableFile(new TextEncoder().encode('STT,Đơn vị,Điểm,Ghi chú\n1,A,90\n'), 'n.csv'), commune);
    expect(r.problems.map((p) => [p.code, p.column])).toEqual([['TABLE_UNKNOWN_COLUMN', 'Ghi chú']]);
    expect(r.ok).toBe(false);
  });
});
