import type { SelfFigures, SelfScoreRecorded } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';
import type { ScoringItemRef } from '../assessment/scoring-item';
import { assertSelfAssessmentOpen, type SelfAssessmentWindow } from '../self-assessment-window/self-assessment-window';
import { sameFigures, selfPoints } from './self-figures';

export interface RecordSelfScore {
  type: 'RecordSelfScore';
  data: {
    cycleId: string;
    unitId: string;
    subCriterionCode: string;
    /** Points given directly; null when figures are given instead. */
    score: number | null;
    /** Raw figures the item's rule turns into points (ratio, bands, growth, deduction, yes-no); omitted or null for a direct score. */
    figures?: SelfFigures | null;
    note: string | null;
    /** Resolved by the handler from the framework version the cycle is pinned to. */
    item: ScoringItemRef | undefined;
    /** The handler's clock and the SELF_ASSESSMENT phase's deadline. */
    window: SelfAssessmentWindow;
  };
}

export function decideRecordSelfScore(command: RecordSelfScore, state: AssessmentState): SelfScoreRecorded[] {
  const { cycleId, unitId, subCriterionCode, note, item, window } = command.data;
  assertSelfAssessmentOpen(state, window);
  const { score, figures, ruleExplanation } = selfPoints(item, subCriterionCode, command.data.score, command.data.figures ?? null);
  const current = state.scores[subCriterionCode];
  const previous = current?.self ?? null;
  // The same score (from the same figures) sent again, with no note or the same note, changes nothing: no event.
  const sameNote = (note ?? null) === null || note === current?.selfNote;
  if (previous === score && sameFigures(current?.figures, figures) && sameNote) return [];
  return [
    {
      type: 'SelfScoreRecorded',
      data: {
        cycleId,
        unitId,
        subCriterionCode,
        score,
        previousScore: previous,
        note: note ?? null,
        ...(figures && { figures, ruleExplanation: ruleExplanation! }),
      },
    },
  ];
}
