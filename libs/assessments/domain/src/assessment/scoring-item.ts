import { ValidationError } from '@par/kernel';

/** What a decision needs to know of the framework item being scored (from the pinned framework version). */
export interface ScoringItemRef {
  readonly code: string;
  readonly name: string;
  readonly maxPoints: number;
  readonly method: 'appraised' | 'survey' | 'satisfaction' | 'indicator';
  readonly step?: number;
}

/** Vietnamese number format: decimal comma, dot for thousands (87,461). */
export const vi = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 3 });

const EPS = 1e-9;

export function checkScore(item: ScoringItemRef | undefined, code: string, score: number): ScoringItemRef {
  if (!item) {
    throw new ValidationError({
      code: 'UNKNOWN_SUB_CRITERION',
      messageVi: `Không tìm thấy tiêu chí "${code}" trong bộ tiêu chí của kỳ đánh giá.`,
      detail: `Sub-criterion ${code} is not part of the framework version this assessment is pinned to`,
      meta: { subCriterionCode: code },
    });
  }
  if (!Number.isFinite(score)) {
    throw new ValidationError({
      code: 'SCORE_INVALID',
      messageVi: 'Điểm phải là một số.',
      detail: `Score ${score} is not a finite number`,
    });
  }
  if (score < 0) {
    throw new ValidationError({
      code: 'SCORE_NEGATIVE',
      messageVi: `Điểm của tiêu chí ${item.code} không được âm (đã nhập ${vi(score)}).`,
      detail: `Score ${score} for ${item.code} is negative`,
      meta: { subCriterionCode: item.code, score },
    });
  }
  if (score > item.maxPoints + EPS) {
    throw new ValidationError({
      code: 'SCORE_ABOVE_MAX',
      messageVi: `Điểm ${vi(score)} vượt quá điểm tối đa ${vi(item.maxPoints)} của tiêu chí ${item.code}.`,
      detail: `Score ${score} exceeds max ${item.maxPoints} of ${item.code}`,
      meta: { subCriterionCode: item.code, score, maxPoints: item.maxPoints },
    });
  }
  if (item.step && Math.abs(score / item.step - Math.round(score / item.step)) > 1e-6) {
    throw new ValidationError({
      code: 'SCORE_STEP',
      messageVi: `Điểm của tiêu chí ${item.code} phải là bội số của ${vi(item.step)} (đã nhập ${vi(score)}).`,
      detail: `Score ${score} for ${item.code} is not a multiple of the framework step ${item.step}`,
      meta: { subCriterionCode: item.code, score, step: item.step },
    });
  }
  return item;
}
