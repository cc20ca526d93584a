import { ValidationError } from '@par/kernel';
import type { AppraisedScoreRecorded } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';
import { checkScore, type ScoringItemRef } from '../assessment/scoring-item';

export interface RecordAppraisedScore {
  type: 'RecordAppraisedScore';
  data: {
    cycleId: string;
    unitId: string;
    subCriterionCode: string;
    score: number;
    reason: string;
    item: ScoringItemRef | undefined;
  };
}

/** Appraisal recognises or adjusts a self score, up or down; the reason is mandatory. */
export function decideRecordAppraisedScore(command: RecordAppraisedScore, state: AssessmentState): AppraisedScoreRecorded[] {
  const { cycleId, unitId, subCriterionCode, score, item } = command.data;
  const reason = command.data.reason?.trim() ?? '';
  checkScore(item, subCriterionCode, score, 'appraisal');
  if (!reason) {
    throw new ValidationError({
      code: 'REASON_REQUIRED',
      messageVi: 'Phải ghi rõ lý do khi thẩm định điểm.',
      detail: 'An appraised score needs a non-empty reason',
    });
  }
  const current = state.scores[subCriterionCode];
  const previous = current?.appraised ?? null;
  // Same score and same reason: nothing to record. A new reason for the same score is a new decision.
  if (previous === score && reason === current?.appraisalReason) return [];
  return [
    {
      type: 'AppraisedScoreRecorded',
      data: { cycleId, unitId, subCriterionCode, score, previousScore: previous, selfScore: current?.self ?? null, reason },
    },
  ];
}
