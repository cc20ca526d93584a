import { describe, expect, it } from '@jest/globals';
import { evaluateCycle, parseFramework, type Framework, type UnitResults } from '@par/scoring';
import { runsText, type Block, type TableBlock } from '../model/report-document';
import { buildUnitAnalysisReport } from './build-unit-analysis';
import { departmentGroups } from './lost-by-department';
import type { YearResult } from './unit-analysis-input';
import { bacKan2023 } from '../testing/bac-kan-2023';

const fwYaml = (year: number) => `
schemaVersion: 1
id: f-${year}
name: Bộ tiêu chí thử ${year}
province: tinh-a
unitType: commune
period: { from: ${year}, to: ${year} }
version: "1"
decision: { number: 1/QĐ }
totalMax: 10
rounding: { decimals: 2, mode: half-up, at: leaf }
departments: [{ code: SNV, name: Sở Nội vụ }, { code: VP, name: Văn phòng UBND }]
classification: { bands: [{ class: good, label: Tốt, min: 80 }, { class: weak, label: Yếu, min: 0 }] }
components:
  - code: "1"
    name: Chỉ đạo điều hành
    max: 6
    criteria:
      - { code: "1.1", name: Kế hoạch CCHC, max: 2, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV] }
      - { code: "1.2", name: Thực hiện kế hoạch, max: 4, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV, VP] }
  - code: "2"
    name: Thủ tục hành chính
    max: 4
    criteria:
      - { code: "2.1", name: Công khai TTHC, max: 2, method: appraised, rule: { type: manual, step: 0.25 }, departments: [VP] }
      - { code: "2.2", name: Hài lòng của người dân, max: 2, method: survey, rule: { type: rate }, departments: [VP] }
`;
const fw = (year: number): Framework => {
  const r = parseFramework(fwYaml(year), 'yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.framework!;
};
const unit = (unitId: string, unitName: string, s: [number, number, number, number], reason?: string): UnitResults => ({
  unitId,
  unitName,
  scores: {
    '1.1': { value: s[0], self: 2, ...(reason && { reason }) },
    '1.2': { value: s[1], reason: 'Chưa hoàn thành 2 nhiệm vụ' },
    '2.1': { value: s[2] },
    '2.2': { value: s[3] },
  },
});
const year = (y: number, units: UnitResults[]): YearResult => {
  const f = fw(y);
  return {
    cycle: { id: `${y}-commune`, name: `Chỉ số CCHC cấp xã năm ${y}`, year: y, unitType: 'commune' },
    framework: f,
    evaluation: evaluateCycle(f, units),
  };
};
const header = { issuer: 'Sở Nội vụ', number: 'Số:   /BC-SNV', place: 'Thái Nguyên', date: '2026-05-07' };
const y2024 = year(2024, [unit('x1', 'Xã Một', [2, 3, 2, 1]), unit('x2', 'Xã Hai', [2, 4, 2, 2]), unit('a', 'Xã A', [1, 1, 1, 1])]);
const y2025 = year(2025, [
  unit('x1', 'Xã Một', [1.5, 4, 2, 1.5], 'Ban hành chậm'),
  unit('x2', 'Xã Hai', [1, 2, 2, 1]),
  unit('m', 'Phường Mới', [2, 2, 2, 2]),
]);
const text = (blocks: Block[]) =>
  blocks
    .map((b) =>
      b.kind === 'paragraph'
        ? runsText(b.runs)
        : b.kind === 'bullets'
          ? b.items.map((i) => (typeof i === 'string' ? i : runsText(i))).join('\n')
          : b.kind === 'heading'
            ? b.text
            : '',
    )
    .join('\n');
const table = (blocks: Block[], sheet: string) => blocks.find((b): b is TableBlock => b.kind === 'table' && b.sheet === sheet)!;

describe('buildUnitAnalysisReport', () => {
  const doc = buildUnitAnalysisReport({ header, unitId: 'x1', current: y2025, previous: y2024, history: [y2024, y2025] });

  it('opens with the total, the rank x/N and the change against last year', () => {
    // 2025: 1.5+4+2+1.5 = 9 (rank 1 of 3); 2024: 2+3+2+1 = 8 (rank 2 of 3)
    expect(text(doc.blocks)).toContain(
      'Năm 2025, Xã Một đạt 9,00/10 điểm (chỉ số 90,00%), xếp hạng 1/3, xếp loại Tốt; so với năm 2024 (8,00 điểm, xếp hạng 2/3) tăng 1,00 điểm và tăng 1 bậc.',
    );
  });

  it('tables every component for both years with the change, and counts what rose, held and fell', () => {
    const t = table(doc.blocks, 'So sánh theo lĩnh vực');
    expect(t.rows).toEqual([
      ['1. Chỉ đạo điều hành', 6, 5, 5.5, 0.5, 'tăng'],
      ['2. Thủ tục hành chính', 4, 3, 3.5, 0.5, 'tăng'],
    ]);
    expect(t.footer).toEqual(['Tổng cộng', 10, 8, 9, 1, 'tăng']);
    const all = text(doc.blocks);
    expect(all).toContain('Các lĩnh vực tăng điểm: 2/2:');
    expect(all).toContain('Các lĩnh vực giảm điểm: 0/2.');
    expect(all).toContain('1. Chỉ đạo điều hành: 5,00 → 5,50 (+0,50); mất điểm ở: Kế hoạch CCHC (-0,5: Ban hành chậm)');
  });

  it('groups lost criteria by lead department with subtotals that add up to the lost points', () => {
    const u = y2025.evaluation.units.find((x) => x.unitId === 'x1')!;
    const groups = departmentGroups(y2025.framework, u);
    expect(groups.map((g) => [g.code, g.max, g.lost, g.items.length])).toEqual([
      ['SNV', 6, 0.5, 1],
      ['VP', 2, 0, 0],
    ]);
    const t = table(doc.blocks, 'Mất điểm theo phòng sở');
    expect(t.footer![4]).toBe(0.5);
    expect(t.rows.at(-1)![1]).toBe('1 tiêu chí; mất 0,5/6 điểm (8,3%), 100,0% tổng điểm mất');
  });

  it('says when the framework has no responsible departments (Bắc Kạn 2023: the seed names none)', () => {
    const { district } = bacKan2023();
    const y = { cycle: district.cycle, framework: district.framework, evaluation: district.evaluation };
    const d = buildUnitAnalysisReport({ header, unitId: 'tp-bac-kan', current: y, history: [y] });
    const all = text(d.blocks);
    expect(all).toContain(
      'Năm 2023, TP Bắc Kạn đạt 87,461/100 điểm (chỉ số 87,461%), xếp hạng 1/8, xếp loại Tốt. Chưa có kết quả năm trước',
    );
    expect(all).toContain('Bộ tiêu chí chưa xác định phòng/sở phụ trách các tiêu chí');
    const t = table(d.blocks, 'Mất điểm theo phòng sở');
    expect(t.footer![4]).toBe(10.61);
    expect(t.rows.at(-1)![0]).toBe('Cộng Chưa xác định phòng/sở phụ trách');
  });

  it('does not compare a unit formed by a merger, and says why', () => {
    const d = buildUnitAnalysisReport({
      header,
      unitId: 'm',
      current: y2025,
      previous: y2024,
      history: [y2024, y2025],
      lineage: [{ kind: 'merged', from: ['a', 'b'], to: ['m'], effective: '2025-07-01' }],
    });
    const all = text(d.blocks);
    expect(all).toContain('không so sánh được với năm 2024: Đơn vị có thay đổi (sáp nhập: a, b → m)');
    expect(table(d.blocks, 'So sánh theo lĩnh vực').rows[0]).toEqual(['1. Chỉ đạo điều hành', 6, null, 4, null, 'không so sánh được']);
  });

  it('charts score and rank over every year on record', () => {
    const charts = doc.blocks.filter((b) => b.kind === 'chart');
    expect(charts.map((c) => (c.kind === 'chart' ? [c.title, c.categories, c.series[0]!.values] : []))).toEqual([
      ['Tổng điểm Chỉ số CCHC qua các năm', ['2024', '2025'], [8, 9]],
      ['Thứ hạng qua các năm (1 là cao nhất)', ['2024', '2025'], [2, 1]],
    ]);
  });
});
