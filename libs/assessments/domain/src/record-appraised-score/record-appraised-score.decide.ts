import { ValidationError } from '@par/kernel';
import type { AppraisedScoreRecorded } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';
import { checkScore, type ScoringItemRef } from '../assessment/scoring-item';
import { checkAppraiser, type AppraiserRef } from '../appraisal/appraiser';
import { checkPhaseWindow, type PhaseClock } from '../appraisal/phase-window';
import { checkOpenForAppraisal, checkTextLength, MAX_REASON_LENGTH } from '../appraisal/appraisal-gates';

export interface RecordAppraisedScore {
  type: 'RecordAppraisedScore';
  data: {
    cycleId: string;
    unitId: string;
    subCriterionCode: string;
    score: number;
    reason: string | null;
    item: ScoringItemRef | undefined;
    /** Resolved by the handler: the appraiser's assignment to the unit and whether they self-scored it. */
    appraiser: AppraiserRef;
    /** The injected clock and the cycle's schedule (the APPRAISAL phase's dates). */
    clock: PhaseClock;
  };
}

/** Pure: REASON_REQUIRED when the appraised score differs from the self score (or there is no self score). */
export function checkAppraisalReason(score: number, selfScore: number | null, reason: string): void {
  if (reason || score === selfScore) return;
  throw new ValidationError({
    code: 'REASON_REQUIRED',
    messageVi: 'Phải ghi rõ lý do khi điểm thẩm định khác điểm tự đánh giá.',
    detail: `Appraised score ${score} differs from the self score ${String(selfScore)}; a non-empty reason is required`,
  });
}

/**
 * Appraisal recognises or adjusts a self score, up or down, by an appraiser assigned to the unit who did not
 * self-score it, once the unit has submitted, before the appraisal is finalized and within the APPRAISAL
 * phase's dates; a reason is required only when the score differs from the self score.
 */
export function decideRecordAppraisedScore(command: RecordAppraisedScore, state: AssessmentState): AppraisedScoreRecorded[] {
  const { cycleId, unitId, subCriterionCode, score, item } = command.data;
  checkAppraiser(command.data.appraiser, unitId);
  checkOpenForAppraisal(state, unitId);
  checkPhaseWindow(command.data.clock, 'APPRAISAL');
  const reason = command.data.reason?.trim() ?? '';
  checkTextLength(reason, MAX_REASON_LENGTH, { vi: 'Lý do thẩm định', en: 'The appraisal reason' });
  checkScore(item, subCriterionCode, score, 'appraisal');
  const current = state.scores[subCriterionCode];
  const selfScore = current?.self ?? null;
  checkAppraisalReason(score, selfScore, reason);
  const previous = current?.appraised ?? null;
  // Same score and same reason: nothing to record. A new reason for the same score is a new decision.
  if (previous === score && reason === (current?.appraisalReason ?? '')) return [];
  return [
    { type: 'AppraisedScoreRecorded', data: { cycleId, unitId, subCriterionCode, score, previousScore: previous, selfScore, reason } },
  ];
}
