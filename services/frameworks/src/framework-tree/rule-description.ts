import { formatNumberVi } from '@par/kernel';
import type { ScoringRule } from '@par/scoring';

const n = (v: number) => formatNumberVi(v, 2, false);

/** The scoring rule of a node in one Vietnamese sentence (shown beside its type and parameters). */
export function describeRuleVi(rule: ScoringRule, max: number): string {
  switch (rule.type) {
    case 'manual':
      return rule.step !== undefined ? `Chấm từ 0 đến ${n(max)} điểm, theo bước ${n(rule.step)}.` : `Chấm từ 0 đến ${n(max)} điểm.`;
    case 'yes-no':
      return `Đạt: ${n(max)} điểm; không đạt: 0 điểm.`;
    case 'ratio':
      return `Điểm = tỷ lệ ${rule.unitLabel ? `${rule.unitLabel} ` : ''}đạt yêu cầu × ${n(max)} (tối đa ${n(max)}).`;
    case 'bands':
      return `Theo ${rule.on === 'percentage' ? 'tỷ lệ %' : 'số lượng'}: ${rule.bands
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
