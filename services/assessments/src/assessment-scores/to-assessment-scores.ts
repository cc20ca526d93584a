import type { AssessmentState } from '@par/assessments-domain';
import type { AssessmentType } from './assessment-scores.type';
import { SelfAssessmentStatus } from './self-assessment-status';
import { toThreadView } from './explanation-thread.type';

const byCode = (a: string, b: string) => a.localeCompare(b, 'vi', { numeric: true });

/** The decided state of one unit's assessment as GraphQL's `Assessment`, items in framework code order. */
export function toAssessmentScores(cycleId: string, unitId: string, version: number, state: AssessmentState): AssessmentType {
  return {
    cycleId,
    unitId,
    unit: { id: unitId },
    version,
    scores: Object.entries(state.scores)
      .sort(([a], [b]) => byCode(a, b))
      .map(([code, s]) => ({
        subCriterionCode: code,
        selfScore: s.self,
        appraisedScore: s.appraised,
        figures: s.figures ?? null,
        ruleExplanation: s.ruleExplanation ?? null,
      })),
    notApplicable: Object.entries(state.notApplicable ?? {})
      .sort(([a], [b]) => byCode(a, b))
      .map(([code, reason]) => ({ code, reason })),
    submittedAt: state.submittedAt ?? null,
    status: selfAssessmentStatus(state),
    state,
    finalizedAt: state.finalizedAt ?? null,
    explanationThreads: Object.entries(state.explanationThreads ?? {})
      .sort(([a], [b]) => byCode(a, b))
      .map(([code, thread]) => toThreadView(code, thread)),
  };
}

/** SUBMITTED once sent (until reopened); IN_PROGRESS once the unit recorded anything of its own; else NOT_STARTED. */
function selfAssessmentStatus(state: AssessmentState): SelfAssessmentStatus {
  if (state.submittedAt) return SelfAssessmentStatus.SUBMITTED;
  const started =
    Object.values(state.scores).some((s) => s.self !== null) ||
    Object.keys(state.evidence ?? {}).length > 0 ||
    Object.keys(state.explanations ?? {}).length > 0;
  return started ? SelfAssessmentStatus.IN_PROGRESS : SelfAssessmentStatus.NOT_STARTED;
}
