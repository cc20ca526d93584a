import { sampleFramework } from '../testing/sample-framework';
import { evaluateCycle, type UnitResults } from './evaluate-cycle';

const fw = sampleFramework();
const good: UnitResults = {
  unitId: 'a',
  unitName: 'UBND xã A',
  notApplicable: ['2.1.1'],
  scores: {
    '1.1.1': { input: { yes: true } },
    '1.1.2': { value: 0.75, reason: 'Chậm 1 nhiệm vụ trong kế hoạch' },
    '1.2': { input: { occurrences: 1 }, reason: '1 công chức bị kỷ luật' },
    '1.3': { input: { rate: 0.8 } },
    '2.1.2': { input: { measure: 95 }, reason: '5% hồ sơ trễ hạn' },
    '2.1.3': { input: { numerator: 9, denominator: 10 } },
    '2.2': { input: { rate: 0.9 } },
    '2.3.1': { input: { rate: 0.5 } },
    '2.3.2': { input: { rate: 1 } },
    '2.4': { value: 1 },
  },
};

describe('evaluateCycle on an itemised framework', () => {
  const [a] = evaluateCycle(fw, [good]).units;

  it('computes totals per component and method, applicable max and index', () => {
    expect(a!.problems).toEqual([]);
    expect(a!.components.map((c) => c.total.value)).toEqual([3.05, 4.05]);
    expect(a!.byMethod).toEqual({
      appraised: { value: 3.75, origin: 'computed' },
      survey: { value: 1.55, origin: 'computed' },
      indicator: { value: 0.9, origin: 'computed' },
      satisfaction: { value: 0.9, origin: 'computed' },
    });
    expect(a!.total).toEqual({ value: 7.1, origin: 'computed' });
    expect(a!.applicableMax).toBe(9.5); // 2.1.1 (0,5) does not apply
    expect(a!.components[1]!.applicableMax).toBe(5.5);
    expect(a!.index.value).toBe(74.74);
    expect(a!.class?.label).toBe('Khá');
  });

  it('explains each node in Vietnamese', () => {
    const ex = Object.fromEntries(a!.leaves!.map((l) => [l.code, l.explanation]));
    expect(ex['2.1.3']).toBe('9/10 → 0,9/1 điểm');
    expect(ex['1.2']).toBe('1 lần × -0,5 → 0,5/1 điểm');
    expect(ex['2.1.1']).toBe('Không áp dụng đối với đơn vị.');
  });

  it('lists lost points with reasons, by component and by responsible department', () => {
    const lp = a!.lostPoints;
    expect(lp.total.value).toBe(2.4);
    expect(lp.items.map((i) => [i.code, i.lost])).toEqual([
      ['1.1.2', 0.25],
      ['1.2', 0.5],
      ['1.3', 0.2],
      ['2.1.2', 1],
      ['2.1.3', 0.1],
      ['2.2', 0.1],
      ['2.3.1', 0.25],
    ]);
    expect(lp.items[3]!.reason).toBe('5% hồ sơ trễ hạn');
    expect(lp.byComponent.map((g) => [g.code, g.lost])).toEqual([
      ['1', 0.95],
      ['2', 1.45],
    ]);
    expect(lp.byDepartment.map((g) => [g.code, g.name, g.lost])).toEqual([
      ['NV', 'Phòng Nội vụ', 0.95],
      ['VP', 'Văn phòng HĐND và UBND', 1.85],
      ['TCKH', 'Phòng Tài chính - Kế hoạch', 0.1],
    ]);
  });

  it('ranks with ties sharing a rank (1, 1, 3)', () => {
    const b = { ...good, unitId: 'b' };
    const c = { ...good, unitId: 'c', scores: { ...good.scores, '2.4': { value: 0.5 } } };
    expect(evaluateCycle(fw, [c, good, b]).units.map((u) => u.rank)).toEqual([3, 1, 1]);
  });

  it('reports problems in results instead of scoring them', () => {
    const bad: UnitResults = {
      unitId: 'x',
      notApplicable: ['1.1.1'],
      scores: { ...good.scores, '1.1.2': { value: 0.3 }, '2.4': { value: 2 }, X: { value: 1 } },
      given: { total: 7 },
    };
    const [x] = evaluateCycle(fw, [bad]).units;
    expect(x!.problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'NOT_APPLICABLE_NOT_ALLOWED /units/x/notApplicable',
      'UNKNOWN_CODE /units/x/scores/X',
      'INVALID_SCORE /units/x/scores/1.1.2',
      'SCORE_ABOVE_MAX /units/x/scores/2.4',
    ]);
    expect(x!.total).toEqual({ value: 7, origin: 'given' });
    const [y] = evaluateCycle(fw, [{ ...good, unitId: 'y', given: { total: 7 } }]).units;
    expect(y!.problems.map((p) => p.code)).toEqual(['GIVEN_MISMATCH']);
  });

  it('rounds where the framework says and keeps parts adding up', () => {
    const thirds: UnitResults = {
      unitId: 't',
      scores: { '1.3': { value: 1 / 3 }, '2.2': { value: 1 / 3 }, '2.3.1': { value: 1 / 6 }, '2.3.2': { value: 1 / 6 } },
    };
    const given = { ...Object.fromEntries(Object.entries(good.scores).filter(([k]) => !thirds.scores[k])), ...thirds.scores };
    for (const at of ['leaf', 'component', 'total'] as const) {
      const f = { ...sampleFramework(), rounding: { decimals: 2, mode: 'half-up' as const, at } };
      const [u] = evaluateCycle(f, [{ unitId: 't', scores: given, notApplicable: ['2.1.1'] }]).units;
      const parts = u!.components.reduce((s, c) => s + Math.round(c.total.value! * 100), 0);
      expect(Math.round(u!.total.value! * 100)).toBe(parts);
    }
  });

  it('switches the subordinate rule per cycle and lowers a class when fewer than 2/3 reach it', () => {
    const withRule = {
      ...fw,
      classification: {
        ...fw.classification,
        adjustments: [{ id: 'r', type: 'subordinate-share' as const, enabled: true, subordinateUnitType: 'x', minShare: '2/3' }],
      },
    };
    const subs = ['fair', 'fair', 'average'].map((c, i) => ({ unitId: `s${i}`, parentId: 'a', class: c }));
    const [low] = evaluateCycle(withRule, [good], { subordinates: subs }).units;
    expect(low!.class).toMatchObject({ code: 'fair', label: 'Khá', baseCode: 'fair' });
    const subs2 = ['fair', 'average', 'average'].map((c, i) => ({ unitId: `s${i}`, parentId: 'a', class: c }));
    const [lowered] = evaluateCycle(withRule, [good], { subordinates: subs2 }).units;
    expect(lowered!.class).toMatchObject({ code: 'average', baseCode: 'fair', adjustments: [{ status: 'lowered', reached: 1, of: 3 }] });
    const [off] = evaluateCycle(withRule, [good], { subordinates: subs2, adjustments: { r: false } }).units;
    expect(off!.class).toMatchObject({ code: 'fair', adjustments: [{ status: 'disabled' }] });
  });
});
