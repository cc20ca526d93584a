import { formatDateVi, isoDateInVietnam, ValidationError } from '@par/kernel';
import type { AssessmentState } from '../assessment/assessment.state';

/**
 * When a self-side command is decided: the moment (the handler's injected clock, ISO) and the last day of the
 * cycle's SELF_ASSESSMENT phase (`YYYY-MM-DD`, inclusive, in Vietnam's time zone; null when the cycle has no phases).
 */
export interface SelfAssessmentWindow {
  readonly now: string;
  readonly deadline: string | null;
}

/** True once the phase's last day (in Vietnam) is over. */
export const deadlinePassed = (window: SelfAssessmentWindow): boolean =>
  window.deadline !== null && isoDateInVietnam(window.now) > window.deadline;

/**
 * The unit may still change its self-assessment (scores, figures, evidence, explanations, submission):
 * not submitted (else SELF_ASSESSMENT_SUBMITTED) and the phase's deadline not passed (else DEADLINE_PASSED).
 */
export function assertSelfAssessmentOpen(state: AssessmentState, window: SelfAssessmentWindow): void {
  if (state.submittedAt) {
    throw new ValidationError({
      code: 'SELF_ASSESSMENT_SUBMITTED',
      messageVi: `Đơn vị đã gửi kết quả tự đánh giá ngày ${formatDateVi(state.submittedAt)}; không thể sửa điểm, số liệu, tài liệu kiểm chứng hoặc giải trình.`,
      detail: `The self-assessment was submitted at ${state.submittedAt}; it is locked until reopened`,
      meta: { submittedAt: state.submittedAt },
    });
  }
  if (deadlinePassed(window)) {
    throw new ValidationError({
      code: 'DEADLINE_PASSED',
      messageVi: `Đã hết hạn tự đánh giá (hạn cuối: ${formatDateVi(window.deadline!)}).`,
      detail: `The SELF_ASSESSMENT phase ended on ${window.deadline} (now ${window.now})`,
      meta: { deadline: window.deadline },
    });
  }
}
