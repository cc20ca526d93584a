import type { Decider } from '@par/kernel';
import type { AssessmentEvent } from './assessment.events';
import { evolveAssessment, initialAssessmentState, type AssessmentState } from './assessment.state';
import { decideRecordSelfScore, type RecordSelfScore } from '../record-self-score/record-self-score.decide';
import { decideRecordAppraisedScore, type RecordAppraisedScore } from '../record-appraised-score/record-appraised-score.decide';
import { decideMarkNotApplicable, type MarkNotApplicable } from '../mark-not-applicable/mark-not-applicable.decide';
import { decideClearNotApplicable, type ClearNotApplicable } from '../clear-not-applicable/clear-not-applicable.decide';
import { decideSubmitSelfAssessment, type SubmitSelfAssessment } from '../submit-self-assessment/submit-self-assessment.decide';
import { decideReopenSelfAssessment, type ReopenSelfAssessment } from '../reopen-self-assessment/reopen-self-assessment.decide';

export type AssessmentCommand =
  RecordSelfScore | RecordAppraisedScore | MarkNotApplicable | ClearNotApplicable | SubmitSelfAssessment | ReopenSelfAssessment;

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
      case 'SubmitSelfAssessment':
        return decideSubmitSelfAssessment(command, state);
      case 'ReopenSelfAssessment':
        return decideReopenSelfAssessment(command, state);
    }
  },
  evolve: evolveAssessment,
  initialState: initialAssessmentState,
};
