import type { Decider } from '@par/kernel';
import type { AssessmentEvent } from './assessment.events';
import { evolveAssessment, initialAssessmentState, type AssessmentState } from './assessment.state';
import { decideRecordSelfScore, type RecordSelfScore } from '../record-self-score/record-self-score.decide';
import { decideRecordAppraisedScore, type RecordAppraisedScore } from '../record-appraised-score/record-appraised-score.decide';
import { decideMarkNotApplicable, type MarkNotApplicable } from '../mark-not-applicable/mark-not-applicable.decide';
import { decideClearNotApplicable, type ClearNotApplicable } from '../clear-not-applicable/clear-not-applicable.decide';
import { decideSubmitSelfAssessment, type SubmitSelfAssessment } from '../submit-self-assessment/submit-self-assessment.decide';
import { decideAttachEvidence, type AttachEvidence } from '../attach-evidence/attach-evidence.decide';
import { decideDetachEvidence, type DetachEvidence } from '../detach-evidence/detach-evidence.decide';
import { decideWriteItemExplanation, type WriteItemExplanation } from '../write-item-explanation/write-item-explanation.decide';
import { decideReopenSelfAssessment, type ReopenSelfAssessment } from '../reopen-self-assessment/reopen-self-assessment.decide';

import { decideSubmitExplanation, type SubmitExplanation } from '../submit-explanation/submit-explanation.decide';
import { decideDecideExplanation, type DecideExplanation } from '../decide-explanation/decide-explanation.decide';
import { decideFinalizeAppraisal, type FinalizeAppraisal } from '../finalize-appraisal/finalize-appraisal.decide';
import { decideReopenAppraisal, type ReopenAppraisal } from '../reopen-appraisal/reopen-appraisal.decide';
import {
  decideRecordAppraisedScores,
  decideRecordSelfScores,
  type RecordAppraisedScores,
  type RecordSelfScores,
} from '../record-scores-batch/record-scores-batch.decide';

/** The appraisal round's commands (explanations, final appraisal). */
export type AppraisalRoundCommand = SubmitExplanation | DecideExplanation | FinalizeAppraisal | ReopenAppraisal;

export type AssessmentCommand =
  | RecordSelfScore
  | RecordAppraisedScore
  | RecordSelfScores
  | RecordAppraisedScores
  | MarkNotApplicable
  | ClearNotApplicable
  | SubmitSelfAssessment
  | ReopenSelfAssessment
  | AttachEvidence
  | DetachEvidence
  | WriteItemExplanation
  | AppraisalRoundCommand;

export const assessmentDecider: Decider<AssessmentCommand, AssessmentEvent, AssessmentState> = {
  decide(command, state) {
    switch (command.type) {
      case 'RecordSelfScore':
        return decideRecordSelfScore(command, state);
      case 'RecordAppraisedScore':
        return decideRecordAppraisedScore(command, state);
      case 'RecordSelfScores':
        return decideRecordSelfScores(command, state);
      case 'RecordAppraisedScores':
        return decideRecordAppraisedScores(command, state);
      case 'MarkNotApplicable':
        return decideMarkNotApplicable(command, state);
      case 'ClearNotApplicable':
        return decideClearNotApplicable(command, state);
      case 'SubmitSelfAssessment':
        return decideSubmitSelfAssessment(command, state);
      case 'ReopenSelfAssessment':
        return decideReopenSelfAssessment(command, state);
      case 'AttachEvidence':
        return decideAttachEvidence(command, state);
      case 'DetachEvidence':
        return decideDetachEvidence(command, state);
      case 'WriteItemExplanation':
        return decideWriteItemExplanation(command, state);
      case 'SubmitExplanation':
        return decideSubmitExplanation(command, state);
      case 'DecideExplanation':
        return decideDecideExplanation(command, state);
      case 'FinalizeAppraisal':
        return decideFinalizeAppraisal(command, state);
      case 'ReopenAppraisal':
        return decideReopenAppraisal(command, state);
    }
  },
  evolve: evolveAssessment,
  initialState: initialAssessmentState,
};
