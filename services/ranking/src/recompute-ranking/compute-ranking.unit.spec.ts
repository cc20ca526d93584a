import { computeRanking } from './compute-ranking';

const base = {
  components: [
    { code: '1', name: 'Công tác chỉ đạo', maxPoints: 3 },
    { code: '2', name: 'Cải cách TTHC', maxPoints: 2 },
  ],
  items: [
    { code: '1.1', name: 'a', componentCode: '1', maxPoints: 2, method: 'appraised' as const, departments: [] },
    { code: '1.2', name: 'b', componentCode: '1', maxPoints: 1, method: 'appraised' as const, departments: [] },
    { code: '2.1', name: 'c', componentCode: '2', maxPoints: 2, method: 'survey' as const, departments: [] },
  ],
  units: [
    { unitId: 'u1', name: 'A' },
    { unitId: 'u2', name: 'B' },
    { unitId: 'u3', name: 'C' },
  ],
  bands: [
    { class: 'good', label: 'Tốt', min: 80 },
    { class: 'fair', label: 'Khá', min: 70 },
    { class: 'weak', label: 'Yếu' },
  ],
  decimals: 2,
};

describe('computeRanking', () => {
  it('totals, ranks with shared ties, and classes', () => {
    const scores = new Map([
      ['u1', new Map([['1.1', 2], ['1.2', 1], ['2.1', 1.5]])],
      ['u2', new Map([['1.1', 1.5]])],
      ['u3', new Map([['1.1', 1.5]])],
    ]);
    const rows = computeRanking({ ...base, scores });
    expect(rows.map((r) => [r.unitId, r.total, r.rank, r.classLabel])).toEqual([
      ['u1', 4.5, 1, 'Tốt'],
      ['u2', 1.5, 2, 'Yếu'],
      ['u3', 1.5, 2, 'Yếu'],
    ]);
    expect(rows[0]!.indexPercent).toBe(90);
    expect(rows[0]!.components.map((c) => c.points)).toEqual([3, 1.5]);
  });
});
