import { describeRuleVi } from './describe-rule';

describe('describeRuleVi: a rule in one Vietnamese sentence', () => {
  it('says how each rule turns figures or a score into points', () => {
    expect(describeRuleVi({ type: 'manual', step: 0.25 }, 6)).toBe('Chấm từ 0 đến 6 điểm, theo bước 0,25.');
    expect(describeRuleVi({ type: 'ratio', unitLabel: 'thủ tục' }, 2)).toBe('Điểm = tỷ lệ thủ tục đạt yêu cầu × 2 (tối đa 2).');
    expect(describeRuleVi({ type: 'deduction', perOccurrence: 0.5 }, 1)).toBe('1 điểm, trừ 0,5 điểm mỗi lần vi phạm (không dưới 0).');
  });
  it('names what the bands apply to, growth included', () => {
    expect(describeRuleVi({ type: 'bands', on: 'growth', bands: [{ min: 10, points: 1 }] }, 1)).toBe(
      'Theo tốc độ tăng trưởng % so với kỳ trước: từ 10: 1 điểm; còn lại 0 điểm.',
    );
    expect(describeRuleVi({ type: 'bands', on: 'count', bands: [{ min: 1, max: 3, points: 0.5 }], otherwise: 0.25 }, 1)).toBe(
      'Theo số lượng: từ 1 đến 3: 0,5 điểm; còn lại 0,25 điểm.',
    );
  });
});
