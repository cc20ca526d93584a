import { ValidationError } from '@par/kernel';
import type { SubmissionReopened } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';

export interface ReopenSelfAssessment {
  type: 'ReopenSelfAssessment';
  data: { cycleId: string; unitId: string; reason: string };
}

/** The DHA unlocks a submitted self-assessment so the unit can correct it; the reason is kept. */
export function decideReopenSelfAssessment(command: ReopenSelfAssessment, state: AssessmentState): SubmissionReopened[] {
  const { cycleId, unitId } = command.data;
  const reason = command.data.reason?.trim() ?? '';
  if (!reason) {
    throw new ValidationError({
      code: 'REASON_REQUIRED',
      messageVi: 'Phải ghi rõ lý do mở lại kết quả tự đánh giá.',
      detail: 'Reopening a submission needs a non-empty reason',
    });
  }
  if (!state.submittedAt) {
    throw new ValidationError({
      code: 'SELF_ASSESSMENT_NOT_SUBMITTED',
      messageVi: 'Đơn vị chưa gửi kết quả tự đánh giá nên không cần mở lại.',
      detail: 'The self-assessment is not submitted; nothing to reopen',
    });
  }
  return [{ type: 'SubmissionReopened', data: { cycleId, unitId, reason, submittedAt: state.submittedAt } }];
}
