import type { Decider } from '@par/kernel';
import type { AssessmentEvent } from './assessment.events';
import { evolveAssessment, initialAssessmentState, type AssessmentState } from './assessment.state';
import { decideRecordSelfScore, type RecordSelfScore } from '../record-self-score/record-self-score.decide';
import { decideRecordAppraisedScore, type RecordAppraisedScore } from '../record-appraised-score/record-appraised-score.decide';
import { decideMarkNotApplicable, type MarkNotApplicable } from '../mark-not-applicable/mark-not-applicable.decide';
import { decideClearNotApplicable, type ClearNotApplicable } from '../clear-not-applicable/clear-not-applicable.decide';
import { decideSubmitExplanation, type SubmitExplanation } from '../submit-explanation/submit-explanation.decide';
import { decideDecideExplanation, type DecideExplanation } from '../decide-explanation/decide-explanation.decide';
import { decideFinalizeAppraisal, type FinalizeAppraisal } from '../finalize-appraisal/finalize-appraisal.decide';
import { decideReopenAppraisal, type ReopenAppraisal } from '../reopen-appraisal/reopen-appraisal.decide';

/** The appraisal round's commands (explanations, final appraisal). */
export type AppraisalRoundCommand = SubmitExplanation | DecideExplanation | FinalizeAppraisal | ReopenAppraisal;

export type AssessmentCommand = RecordSelfScore | RecordAppraisedScore | MarkNotApplicable | ClearNotApplicable | AppraisalRoundCommand;

export const assessmentDecider: Decider<AssessmentCommand, AssessmentEvent, AssessmentState> = {
  decide(command, state) {
    switch (command.type) {
      case 'RecordSelfScore':
        return decideRecordSelfScore(command, state);
      case 'RecordAppraisedScore':
        return decideRecordAppraisedScore(command, state);
      case 'MarkNotApplicable':
        return decideMarkNotApplicable(command, state);
      case 'ClearNotApplicable':
        return decideClearNotApplicable(command, state);
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
