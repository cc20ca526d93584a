import { scoreViolation, selfScoreMethodViolation } from './validate-score';

describe('scoreViolation: the one rule for a directly given score', () => {
  const item = { code: '1.1.1', max: 2, step: 0.25 };

  it('accepts scores in range on the step, including float noise on sums', () => {
    expect(scoreViolation(1.75, item)).toBeNull();
    expect(scoreViolation(0, item)).toBeNull();
    expect(scoreViolation(2, item)).toBeNull();
    expect(scoreViolation(0.1 + 0.2, { code: 'x', max: 0.3, step: 0.1 })).toBeNull();
  });

  it('refuses 0.2500001 on a 0.25 step (the write side once accepted it with a 1e-6 tolerance)', () => {
    expect(scoreViolation(0.2500001, item)).toMatchObject({
      code: 'SCORE_STEP',
      messageVi: 'Điểm của tiêu chí 1.1.1 phải là bội số của 0,25 (đã nhập 0,2500001).',
    });
  });

  it('names each violation with a stable code and a Vietnamese message', () => {
    expect(scoreViolation(-0.25, item)?.code).toBe('SCORE_NEGATIVE');
    expect(scoreViolation(2.25, item)).toMatchObject({
      code: 'SCORE_ABOVE_MAX',
      messageVi: 'Điểm 2,25 vượt quá điểm tối đa 2 của tiêu chí 1.1.1.',
    });
    expect(scoreViolation(Number.NaN, item)?.code).toBe('SCORE_INVALID');
    expect(scoreViolation(0.3, { code: 'y', max: 1 })).toBeNull();
  });
});

describe('selfScoreMethodViolation: which nodes a unit scores itself', () => {
  it('lets a unit self-score appraised nodes only', () => {
    expect(selfScoreMethodViolation('1.1.1', 'appraised')).toBeNull();
    expect(selfScoreMethodViolation('2.1', 'survey')).toMatchObject({
      code: 'NOT_SELF_ASSESSED',
      messageVi: 'Tiêu chí 2.1 được đo bằng điều tra XHH, đơn vị không tự chấm điểm.',
    });
    expect(selfScoreMethodViolation('8.1', 'satisfaction')?.code).toBe('NOT_SELF_ASSESSED');
    expect(selfScoreMethodViolation('8.2', 'indicator')?.code).toBe('NOT_SELF_ASSESSED');
  });
});
