import type { SelfScoreRecorded } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';
import { checkScore, type ScoringItemRef } from '../assessment/scoring-item';
import { assertSelfAssessmentOpen, type SelfAssessmentWindow } from '../self-assessment-window/self-assessment-window';

export interface RecordSelfScore {
  type: 'RecordSelfScore';
  data: {
    cycleId: string;
    unitId: string;
    subCriterionCode: string;
    score: number;
    note: string | null;
    /** Resolved by the handler from the framework version the cycle is pinned to. */
    item: ScoringItemRef | undefined;
    /** The handler's clock and the SELF_ASSESSMENT phase's deadline. */
    window: SelfAssessmentWindow;
  };
}

export function decideRecordSelfScore(command: RecordSelfScore, state: AssessmentState): SelfScoreRecorded[] {
  const { cycleId, unitId, subCriterionCode, score, note, item, window } = command.data;
  assertSelfAssessmentOpen(state, window);
  checkScore(item, subCriterionCode, score, 'unit');
  const current = state.scores[subCriterionCode];
  const previous = current?.self ?? null;
  // The same score sent again (with no note or the same note) changes nothing: no event.
  if (previous === score && ((note ?? null) === null || note === current?.selfNote)) return [];
  return [{ type: 'SelfScoreRecorded', data: { cycleId, unitId, subCriterionCode, score, previousScore: previous, note: note ?? null } }];
}
