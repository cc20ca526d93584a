import { decimalsOf, formatVi, isMultipleOf } from '../numbers/decimal';
import { methodLabelVi } from '../framework/method-labels';
import type { NodeMethod } from '../framework/framework.types';

/** What a directly given score is checked against: the node's maximum and, for manual rules, its step. */
export interface ScoreLimits {
  readonly code: string;
  readonly max: number;
  readonly step?: number;
}

/** Why a score is refused: a stable code, a Vietnamese message, an English detail (the shape of a ValidationError). */
export interface ScoreViolation {
  readonly code: 'SCORE_INVALID' | 'SCORE_NEGATIVE' | 'SCORE_ABOVE_MAX' | 'SCORE_STEP' | 'NOT_SELF_ASSESSED';
  readonly messageVi: string;
  readonly detail: string;
  readonly meta: Record<string, unknown>;
}

/** Tolerance for float noise on the maximum (2.1 + 0.2 style sums); the step uses isMultipleOf's. */
const MAX_TOLERANCE = 1e-9;

/** A score as the user typed it: every digit they sent (0,2500001), not rounded away. */
const vi = (n: number) => formatVi(n, Math.min(decimalsOf(n), 12), false);

/**
 * The one rule for a directly given score (self score, appraised score, a manual rule's points):
 * a finite number in 0..max, and a whole multiple of the step when the node has one.
 * Returns null when the score is acceptable. The write side and the engine both call this.
 */
export function scoreViolation(score: number, limits: ScoreLimits): ScoreViolation | null {
  const { code, max, step } = limits;
  if (!Number.isFinite(score)) {
    return {
      code: 'SCORE_INVALID',
      messageVi: 'Điểm phải là một số.',
      detail: `Score ${score} is not a finite number`,
      meta: { subCriterionCode: code },
    };
  }
  if (score < 0) {
    return {
      code: 'SCORE_NEGATIVE',
      messageVi: `Điểm của tiêu chí ${code} không được âm (đã nhập ${vi(score)}).`,
      detail: `Score ${score} for ${code} is negative`,
      meta: { subCriterionCode: code, score },
    };
  }
  if (score > max + MAX_TOLERANCE) {
    return {
      code: 'SCORE_ABOVE_MAX',
      messageVi: `Điểm ${vi(score)} vượt quá điểm tối đa ${vi(max)} của tiêu chí ${code}.`,
      detail: `Score ${score} exceeds max ${max} of ${code}`,
      meta: { subCriterionCode: code, score, maxPoints: max },
    };
  }
  if (step !== undefined && !isMultipleOf(score, step)) {
    return {
      code: 'SCORE_STEP',
      messageVi: `Điểm của tiêu chí ${code} phải là bội số của ${vi(step)} (đã nhập ${vi(score)}).`,
      detail: `Score ${score} for ${code} is not a multiple of the framework step ${step}`,
      meta: { subCriterionCode: code, score, step },
    };
  }
  return null;
}

/** Measurement methods a unit scores itself (then the appraisal recognises or adjusts); the others come from surveys or figures. */
export const SELF_ASSESSED_METHODS: readonly NodeMethod[] = ['appraised'];

/**
 * The one rule for which nodes a unit may self-score: only those measured by appraisal. Survey (XHH),
 * satisfaction (SIPAS) and indicator points come from answers and figures, never from the unit itself.
 */
export function selfScoreMethodViolation(code: string, method: NodeMethod): ScoreViolation | null {
  if (SELF_ASSESSED_METHODS.includes(method)) return null;
  return {
    code: 'NOT_SELF_ASSESSED',
    messageVi: `Tiêu chí ${code} được đo bằng ${methodLabelVi(method)}, đơn vị không tự chấm điểm.`,
    detail: `Sub-criterion ${code} is measured by ${method}; units do not self-score it`,
    meta: { subCriterionCode: code, method },
  };
}
