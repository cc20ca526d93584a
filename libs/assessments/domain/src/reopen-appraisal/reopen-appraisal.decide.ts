import { ValidationError } from '@par/kernel';
import type { AppraisalReopened } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';
import { checkTextLength, MAX_REASON_LENGTH, requireReason } from '../appraisal/appraisal-gates';

export interface ReopenAppraisal {
  type: 'ReopenAppraisal';
  data: { cycleId: string; unitId: string; reason: string; now: string };
}

/** The DHA reopens a finalized appraisal, with a reason (NOT_FINALIZED when it is not finalized). */
export function decideReopenAppraisal(command: ReopenAppraisal, state: AssessmentState): AppraisalReopened[] {
  const { cycleId, unitId, now } = command.data;
  if (!state.finalizedAt) {
    throw new ValidationError({
      code: 'NOT_FINALIZED',
      messageVi: `Kết quả thẩm định của đơn vị "${unitId}" chưa chốt nên không cần mở lại.`,
      detail: `The appraisal of unit ${unitId} is not finalized`,
    });
  }
  const reason = requireReason(command.data.reason, 'Phải ghi rõ lý do mở lại kết quả thẩm định.', 'Reopening an appraisal needs a reason');
  checkTextLength(reason, MAX_REASON_LENGTH, { vi: 'Lý do', en: 'The reason' });
  return [{ type: 'AppraisalReopened', data: { cycleId, unitId, reason, reopenedAt: now } }];
}
