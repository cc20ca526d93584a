import { applyRule } from './apply-rule';

describe('applyRule', () => {
  it('ratio: numerator / denominator × max, capped, explained in Vietnamese', () => {
    const r = applyRule({ type: 'ratio', unitLabel: 'thủ tục' }, 0.5, { numerator: 49, denominator: 51 }, 2);
    expect(r.points).toBeCloseTo(0.48039, 4);
    expect(r.explanation).toBe('49/51 thủ tục → 0,48/0,5 điểm');
    expect(applyRule({ type: 'ratio' }, 0.5, { numerator: 60, denominator: 50 }).points).toBe(0.5);
    expect(applyRule({ type: 'ratio' }, 0.5, { numerator: 1, denominator: 0 }).ok).toBe(false);
  });

  it('manual: 0..max in the step', () => {
    expect(applyRule({ type: 'manual', step: 0.25 }, 1, { points: 0.75 }).points).toBe(0.75);
    const off = applyRule({ type: 'manual', step: 0.25 }, 1, { points: 0.3 });
    expect(off.ok).toBe(false);
    expect(off.explanation).toContain('bước chấm 0,25');
    expect(applyRule({ type: 'manual' }, 1, { points: 1.2 }).ok).toBe(false);
  });

  it('yes-no: max or 0', () => {
    expect(applyRule({ type: 'yes-no' }, 1, { yes: true })).toMatchObject({ points: 1, explanation: 'Có → 1/1 điểm' });
    expect(applyRule({ type: 'yes-no' }, 1, { yes: false }).points).toBe(0);
  });

  it('bands on a percentage or a count', () => {
    const rule = {
      type: 'bands' as const,
      on: 'percentage' as const,
      bands: [
        { min: 100, points: 1 },
        { min: 90, points: 0.5 },
      ],
    };
    expect(applyRule(rule, 1, { measure: 100 }).points).toBe(1);
    expect(applyRule(rule, 1, { measure: 93.5 })).toMatchObject({ points: 0.5, explanation: '93,5% → 0,5/1 điểm' });
    expect(applyRule(rule, 1, { measure: 80 }).points).toBe(0);
    const count = {
      type: 'bands' as const,
      on: 'count' as const,
      unitLabel: 'sáng kiến',
      bands: [
        { min: 3, points: 1 },
        { min: 1, max: 2, points: 0.5 },
      ],
    };
    expect(applyRule(count, 1, { measure: 2 })).toMatchObject({ points: 0.5, explanation: '2 sáng kiến → 0,5/1 điểm' });
  });

  it('deductions per occurrence, floored at 0', () => {
    const rule = { type: 'deduction' as const, perOccurrence: 1, unitLabel: 'cán bộ bị kỷ luật' };
    expect(applyRule(rule, 2, { occurrences: 1 })).toMatchObject({ points: 1, explanation: '1 cán bộ bị kỷ luật × -1 → 1/2 điểm' });
    expect(applyRule(rule, 2, { occurrences: 5 }).points).toBe(0);
    expect(applyRule(rule, 2, { occurrences: 1.5 }).ok).toBe(false);
  });

  it('survey and satisfaction: rate × max', () => {
    expect(applyRule({ type: 'rate' }, 2.5, { rate: 0.8208 }, 3)).toMatchObject({
      points: 2.052,
      explanation: 'Tỷ lệ 82,08% → 2,052/2,5 điểm',
    });
    expect(applyRule({ type: 'rate' }, 1, { rate: 1.2 }).ok).toBe(false);
  });
});
