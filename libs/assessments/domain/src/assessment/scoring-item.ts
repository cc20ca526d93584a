import { ValidationError } from '@par/kernel';
import { scoreViolation, selfScoreMethodViolation, type MeasurementMethod, type ScoringRule } from '@par/scoring';

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
  const violation = scoredBy === 'unit' ? selfScoreMethodViolation(item.code, item.method) : null;
  if (violation) throw new ValidationError(violation);
  return item;
}
