import { ValidationError, type ParErrorShape } from '@par/kernel';
import {
  methodLabelVi,
  scoreViolation,
  selfScoreMethodViolation,
  SELF_ASSESSED_METHODS,
  type MeasurementMethod,
  type ScoringRule,
} from '@par/scoring';

/** What a decision needs to know of the framework item being scored (from the pinned framework version). */
export interface ScoringItemRef {
  readonly code: string;
  readonly name: string;
  readonly maxPoints: number;
  readonly method: MeasurementMethod;
  readonly step?: number;
  /** The node's scoring rule in the pinned framework (figures are turned into points by it). */
  readonly rule?: ScoringRule;
  /** The framework's rounding decimals (how the rule's explanation prints numbers). */
  readonly decimals?: number;
}

/** Who gives the score: the unit itself (self-assessment) or the appraisal council. */
export type ScoredBy = 'unit' | 'appraisal';

/**
 * Checks a directly given score against the item of the pinned framework, with the scoring engine's rules
 * (`selfScoreMethodViolation`, `scoreViolation`): the write side refuses exactly what the engine would.
 */
export function checkScore(item: ScoringItemRef | undefined, code: string, score: number, scoredBy: ScoredBy): ScoringItemRef {
  const found = checkItem(item, code, scoredBy);
  const violation = scoreViolation(score, {
    code: found.code,
    max: found.maxPoints,
    ...(found.step !== undefined && { step: found.step }),
  });
  if (violation) throw new ValidationError(violation);
  return found;
}

/** The item exists in the pinned framework (else UNKNOWN_SUB_CRITERION) and, for the unit, is self-assessed (else NOT_SELF_ASSESSED). */
export function checkItem(item: ScoringItemRef | undefined, code: string, scoredBy: ScoredBy): ScoringItemRef {
  if (!item) {
    throw new ValidationError({
      code: 'UNKNOWN_SUB_CRITERION',
      messageVi: `Không tìm thấy tiêu chí "${code}" trong bộ tiêu chí của kỳ đánh giá.`,
      detail: `Sub-criterion ${code} is not part of the framework version this assessment is pinned to`,
      meta: { subCriterionCode: code },
    });
  }
  const violation =
    scoredBy === 'unit' ? selfScoreMethodViolation(item.code, item.method) : appraisalMethodViolation(item.code, item.method);
  if (violation) throw new ValidationError(violation);
  return item;
}

/**
 * The one rule for which items an appraiser scores by hand: those a unit self-scores (`SELF_ASSESSED_METHODS`);
 * survey (XHH), satisfaction (SIPAS) and indicator points come from answers and figures.
 */
export function appraisalMethodViolation(code: string, method: MeasurementMethod): ParErrorShape | null {
  if (SELF_ASSESSED_METHODS.includes(method)) return null;
  return {
    code: 'NOT_APPRAISED_BY_HAND',
    messageVi: `Tiêu chí ${code} được đo bằng ${methodLabelVi(method)}, không thẩm định điểm thủ công.`,
    detail: `Sub-criterion ${code} is measured by ${method}; appraisers do not score it by hand`,
    meta: { subCriterionCode: code, method },
  };
}

/** True when appraisers score the item by hand (the items a unit's appraisal is complete without). */
export const isAppraisedByHand = (method: MeasurementMethod): boolean => SELF_ASSESSED_METHODS.includes(method);
