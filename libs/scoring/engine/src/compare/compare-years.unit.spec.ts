import { evaluateCycle } from '../evaluate/evaluate-cycle';
import { sampleFramework } from '../testing/sample-framework';
import { compareYears } from './compare-years';

const fw = sampleFramework();
const unit = (unitId: string, v: number, survey = 0.5) => ({
  unitId,
  scores: Object.fromEntries(
    ['1.1.1', '1.1.2', '1.2', '2.1.1', '2.1.2', '2.1.3', '2.2', '2.4']
      .map((c) => [c, { value: c === '1.1.2' ? v : 0.5 }])
      .concat([
        ['1.3', { value: survey }],
        ['2.3.1', { value: 0.25 }],
        ['2.3.2', { value: 0.25 }],
      ]),
  ),
});

describe('compareYears', () => {
  const y1 = evaluateCycle(fw, [unit('a', 0.5), unit('b', 1), unit('c', 0.25), unit('old-1', 1), unit('old-2', 1)]);
  const y2 = evaluateCycle(fw, [unit('a', 1), unit('b', 1, 0.25), unit('c', 0.25), unit('new', 1)]);

  it('says rose/held/fell per component and total, with rank change', () => {
    const [a, b, c] = compareYears(y1, y2);
    expect(a!.total).toEqual({ previous: 5, current: 5.5, change: 0.5, trend: 'rose' });
    expect(a!.components[0]).toMatchObject({ code: '1', trend: 'rose', change: 0.5 });
    expect(a!.components[1]).toMatchObject({ code: '2', trend: 'held', change: 0 });
    expect(b!.total.trend).toBe('fell');
    expect(c!.total.trend).toBe('held');
    expect(a!.rank).toEqual({ previous: 4, current: 1, change: 3 });
  });

  it('units linked by lineage are not comparable unless a baseline is defined', () => {
    const lineage = [{ kind: 'merged' as const, from: ['old-1', 'old-2'], to: ['new'], effective: '2025-07-01' }];
    const n = compareYears(y1, y2, { lineage }).find((x) => x.unitId === 'new')!;
    expect(n).toMatchObject({ comparable: false, against: 'none', total: { trend: 'not-comparable', change: null } });
    expect(n.reason).toContain('sáp nhập');
    const withBase = compareYears(y1, y2, { lineage, baselines: [{ unitId: 'new', total: 5, components: { '1': 2.5, '2': 2.5 } }] }).find(
      (x) => x.unitId === 'new',
    )!;
    expect(withBase).toMatchObject({ comparable: true, against: 'baseline', total: { previous: 5, change: 0.5, trend: 'rose' } });
  });

  it('a unit without a previous result is not comparable', () => {
    const n = compareYears(y1, y2).find((x) => x.unitId === 'new')!;
    expect(n.comparable).toBe(false);
  });
});
