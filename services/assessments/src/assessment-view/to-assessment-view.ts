import type { AssessmentState } from '@par/assessments-domain';
import type { AssessmentType } from './assessment.types';

export function toAssessmentView(cycleId: string, unitId: string, version: number, state: AssessmentState): AssessmentType {
  return {
    cycleId,
    unitId,
    version,
    scores: Object.entries(state.scores)
      .sort(([a], [b]) => a.localeCompare(b, 'vi', { numeric: true }))
      .map(([code, s]) => ({ subCriterionCode: code, selfScore: s.self, appraisedScore: s.appraised })),
  };
}
