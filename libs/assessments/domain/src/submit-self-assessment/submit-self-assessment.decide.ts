import { ValidationError } from '@par/kernel';
import type { SelfAssessmentSubmitted } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';
import { assertSelfAssessmentOpen, type SelfAssessmentWindow } from '../self-assessment-window/self-assessment-window';

/** A self-assessed item of the pinned framework, as submission checks it. */
export interface SelfAssessedItemRef {
  readonly code: string;
  /** The framework asks for evidence (tài liệu kiểm chứng); without any, a written explanation is required. */
  readonly evidenceRequired: boolean;
}

export interface SubmitSelfAssessment {
  type: 'SubmitSelfAssessment';
  data: {
    cycleId: string;
    unitId: string;
    window: SelfAssessmentWindow;
    /** Every self-assessed item of the pinned framework (resolved by the handler); not-applicable ones are skipped here. */
    items: readonly SelfAssessedItemRef[];
  };
}

/** What still blocks a submission: applicable items not scored, and items needing evidence with neither evidence nor explanation. */
export function missingForSubmission(state: AssessmentState, items: readonly SelfAssessedItemRef[]) {
  const applicable = items.filter((i) => !(i.code in (state.notApplicable ?? {})));
  const unscored = applicable.filter((i) => (state.scores[i.code]?.self ?? null) === null).map((i) => i.code);
  const missingEvidence = applicable
    .filter((i) => i.evidenceRequired && !(state.evidence?.[i.code]?.length ?? 0) && !state.explanations?.[i.code])
    .map((i) => i.code);
  return { applicable: applicable.length, unscored, missingEvidence };
}

/** The unit sends its self-assessment to appraisal: complete, before the deadline, once (until reopened). */
export function decideSubmitSelfAssessment(command: SubmitSelfAssessment, state: AssessmentState): SelfAssessmentSubmitted[] {
  const { cycleId, unitId, window, items } = command.data;
  assertSelfAssessmentOpen(state, window);
  const { unscored, missingEvidence } = missingForSubmission(state, items);
  if (unscored.length || missingEvidence.length) throw incomplete(unscored, missingEvidence);
  return [{ type: 'SelfAssessmentSubmitted', data: { cycleId, unitId, submittedAt: window.now } }];
}

function incomplete(unscored: string[], missingEvidence: string[]): ValidationError {
  const vi = [
    unscored.length ? `chưa chấm điểm tiêu chí ${unscored.join(', ')}` : null,
    missingEvidence.length ? `thiếu tài liệu kiểm chứng hoặc giải trình ở tiêu chí ${missingEvidence.join(', ')}` : null,
  ].filter(Boolean);
  const en = [
    unscored.length ? `not scored: ${unscored.join(', ')}` : null,
    missingEvidence.length ? `evidence or explanation required: ${missingEvidence.join(', ')}` : null,
  ].filter(Boolean);
  return new ValidationError({
    code: unscored.length ? 'SELF_ASSESSMENT_INCOMPLETE' : 'EVIDENCE_OR_EXPLANATION_REQUIRED',
    messageVi: `Chưa thể gửi kết quả tự đánh giá: ${vi.join('; ')}.`,
    detail: `The self-assessment is incomplete (${en.join('; ')})`,
    meta: { unscored, missingEvidence },
  });
}
