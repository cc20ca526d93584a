import { formatNumberVi, ValidationError } from '@par/kernel';
import { applyRule } from '@par/scoring';
import type { SelfFigures } from '../assessment/assessment.events';
import { checkItem, checkScore, type ScoringItemRef } from '../assessment/scoring-item';

/** The self score a unit gives: points directly, or raw figures its framework rule turns into points. */
export interface SelfPoints {
  readonly score: number;
  readonly figures?: SelfFigures;
  readonly ruleExplanation?: string;
}

/** Rule types that compute points from figures (a `manual` rule takes points only). */
export const FIGURE_RULE_TYPES: readonly string[] = ['yes-no', 'ratio', 'bands', 'deduction', 'rate'];

/**
 * One of a score or figures (VALUE_AND_FIGURES / SCORE_OR_FIGURES_REQUIRED). A score is checked with the
 * engine's `scoreViolation`; figures go through the item's rule with the engine's `applyRule` — the same
 * implementation the ranking evaluates with — giving the points and the rule's Vietnamese explanation.
 */
export function selfPoints(item: ScoringItemRef | undefined, code: string, score: number | null, figures: SelfFigures | null): SelfPoints {
  if (score !== null && figures !== null) {
    throw new ValidationError({
      code: 'VALUE_AND_FIGURES',
      messageVi: `Tiêu chí ${code}: chỉ nhập điểm hoặc số liệu, không nhập cả hai.`,
      detail: `Both a score and figures were given for ${code}; give one of them`,
      meta: { subCriterionCode: code },
    });
  }
  if (score !== null) {
    checkScore(item, code, score, 'unit');
    return { score };
  }
  if (figures === null) {
    throw new ValidationError({
      code: 'SCORE_OR_FIGURES_REQUIRED',
      messageVi: `Tiêu chí ${code}: phải nhập điểm hoặc số liệu.`,
      detail: `Neither a score nor figures were given for ${code}`,
      meta: { subCriterionCode: code },
    });
  }
  return pointsFromFigures(checkItem(item, code, 'unit'), figures);
}

function pointsFromFigures(item: ScoringItemRef, figures: SelfFigures): SelfPoints {
  const rule = item.rule;
  if (!rule || !FIGURE_RULE_TYPES.includes(rule.type)) {
    throw new ValidationError({
      code: 'FIGURES_NOT_APPLICABLE',
      messageVi: `Tiêu chí ${item.code} được chấm điểm trực tiếp (tối đa ${formatNumberVi(item.maxPoints, 3, false)} điểm), không tính từ số liệu.`,
      detail: `The rule of ${item.code} (${rule?.type ?? 'none'}) does not compute points from figures`,
      meta: { subCriterionCode: item.code },
    });
  }
  const outcome = applyRule(rule, item.maxPoints, figures, item.decimals ?? 3);
  if (!outcome.ok || outcome.points === undefined) {
    throw new ValidationError({
      code: 'FIGURES_INVALID',
      messageVi: `Số liệu của tiêu chí ${item.code} không hợp lệ: ${outcome.explanation}`,
      detail: `Figures for ${item.code} do not fit its ${rule.type} rule: ${outcome.error ?? 'invalid'}`,
      meta: { subCriterionCode: item.code },
    });
  }
  return { score: outcome.points, figures, ruleExplanation: outcome.explanation };
}

/** Same figures (field by field; both absent counts as the same). */
export function sameFigures(a: SelfFigures | null | undefined, b: SelfFigures | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof SelfFigures>;
  return [...keys].every((k) => a[k] === b[k]);
}
