import { formatDateTimeVi, ValidationError } from '@par/kernel';
import type { AssessmentState } from '../assessment/assessment.state';

/** Pure: NOT_SUBMITTED before the unit submitted its self-assessment; APPRAISAL_FINALIZED once the appraisal is closed. */
export function checkOpenForAppraisal(state: AssessmentState, unitId: string): void {
  if (!state.submittedAt) {
    throw new ValidationError({
      code: 'NOT_SUBMITTED',
      messageVi: `Đơn vị "${unitId}" chưa nộp kết quả tự đánh giá; chưa thể thẩm định.`,
      detail: `Unit ${unitId} has not submitted its self-assessment; appraisal starts after SelfAssessmentSubmitted`,
      meta: { unitId },
    });
  }
  if (state.finalizedAt) {
    throw new ValidationError({
      code: 'APPRAISAL_FINALIZED',
      messageVi: `Kết quả thẩm định của đơn vị "${unitId}" đã chốt lúc ${formatDateTimeVi(state.finalizedAt)}; Sở Nội vụ phải mở lại trước khi sửa.`,
      detail: `The appraisal of unit ${unitId} was finalized at ${state.finalizedAt}; reopenAppraisal first`,
      meta: { unitId, finalizedAt: state.finalizedAt },
    });
  }
}

/** Pure: the trimmed reason, or REASON_REQUIRED with the given Vietnamese message. */
export function requireReason(reason: string | null | undefined, messageVi: string, detail: string): string {
  const trimmed = reason?.trim() ?? '';
  if (!trimmed) throw new ValidationError({ code: 'REASON_REQUIRED', messageVi, detail });
  return trimmed;
}

/** Longest reason or explanation text accepted, in characters (a page of text; evidence goes in documents). */
export const MAX_REASON_LENGTH = 2000;
export const MAX_APPRAISAL_EXPLANATION_LENGTH = 10000;

/** TEXT_TOO_LONG when a typed text is over its bound: the platform's one rule (`@par/kernel`). */
export { checkTextLength } from '@par/kernel';
