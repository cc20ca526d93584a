import type { BandMeasure, ScoringRule } from '../framework/framework.types';
import { formatVi } from '../numbers/decimal';

const n = (v: number) => formatVi(v, 2, false);

/** What a `bands` rule's bounds apply to, as the sentence names it. */
const MEASURE_VI: Record<BandMeasure, string> = {
  percentage: 'tỷ lệ %',
  count: 'số lượng',
  ratio: 'tỷ lệ % (tử số / mẫu số)',
  growth: 'tốc độ tăng trưởng % so với kỳ trước',
};

/**
 * The scoring rule of a node in one Vietnamese sentence: shown beside its type and parameters in the framework
 * tree, and beside each self-assessed item (so the unit knows which figures to give).
 */
export function describeRuleVi(rule: ScoringRule, max: number): string {
  switch (rule.type) {
    case 'manual':
      return rule.step !== undefined ? `Chấm từ 0 đến ${n(max)} điểm, theo bước ${n(rule.step)}.` : `Chấm từ 0 đến ${n(max)} điểm.`;
    case 'yes-no':
      return `Đạt: ${n(max)} điểm; không đạt: 0 điểm.`;
    case 'ratio':
      return `Điểm = tỷ lệ ${rule.unitLabel ? `${rule.unitLabel} ` : ''}đạt yêu cầu × ${n(max)} (tối đa ${n(max)}).`;
    case 'bands':
      return `Theo ${MEASURE_VI[rule.on] ?? 'số lượng'}: ${rule.bands
        .map((b) => `${b.min !== undefined ? `từ ${n(b.min)}` : ''}${b.max !== undefined ? ` đến ${n(b.max)}` : ''}: ${n(b.points)} điểm`)
        .join('; ')}; còn lại ${n(rule.otherwise ?? 0)} điểm.`;
    case 'deduction':
      return `${n(rule.from ?? max)} điểm, trừ ${n(rule.perOccurrence)} điểm mỗi ${rule.unitLabel ?? 'lần vi phạm'} (không dưới 0).`;
    case 'rate':
      return `Điểm = tỷ lệ hài lòng × ${n(max)}.`;
    default:
      return `Quy tắc "${(rule as { type: string }).type}".`;
  }
}
