import { ValidationError } from '@par/kernel';
import type { ItemExplanationWritten } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';
import { checkItem, type ScoringItemRef } from '../assessment/scoring-item';
import { assertSelfAssessmentOpen, type SelfAssessmentWindow } from '../self-assessment-window/self-assessment-window';

/** Longest explanation accepted (characters). */
export const MAX_EXPLANATION_LENGTH = 4000;

export interface WriteItemExplanation {
  type: 'WriteItemExplanation';
  data: {
    cycleId: string;
    unitId: string;
    subCriterionCode: string;
    /** The text; empty or null withdraws it. */
    explanation: string | null;
    item: ScoringItemRef | undefined;
    window: SelfAssessmentWindow;
  };
}

/** The unit's written explanation for an item (where required evidence is missing, or to add context). */
export function decideWriteItemExplanation(command: WriteItemExplanation, state: AssessmentState): ItemExplanationWritten[] {
  const { cycleId, unitId, subCriterionCode, item, window } = command.data;
  assertSelfAssessmentOpen(state, window);
  checkItem(item, subCriterionCode, 'unit');
  const explanation = command.data.explanation?.trim() || null;
  if (explanation && explanation.length > MAX_EXPLANATION_LENGTH) {
    throw new ValidationError({
      code: 'EXPLANATION_TOO_LONG',
      messageVi: `Giải trình của tiêu chí ${subCriterionCode} dài quá ${MAX_EXPLANATION_LENGTH} ký tự.`,
      detail: `Explanation of ${subCriterionCode} has ${explanation.length} characters (max ${MAX_EXPLANATION_LENGTH})`,
      meta: { subCriterionCode },
    });
  }
  if (explanation === (state.explanations?.[subCriterionCode] ?? null)) return [];
  return [{ type: 'ItemExplanationWritten', data: { cycleId, unitId, subCriterionCode, explanation } }];
}
