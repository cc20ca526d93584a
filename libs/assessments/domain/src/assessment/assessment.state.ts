import type { AssessmentEvent } from './assessment.events';

export interface ItemScores {
  readonly self: number | null;
  readonly appraised: number | null;
}

export interface AssessmentState {
  readonly scores: Readonly<Record<string, ItemScores>>;
}

export const initialAssessmentState = (): AssessmentState => ({ scores: {} });

export function evolveAssessment(state: AssessmentState, event: AssessmentEvent): AssessmentState {
  const code = event.data.subCriterionCode;
  const current = state.scores[code] ?? { self: null, appraised: null };
  switch (event.type) {
    case 'SelfScoreRecorded':
      return { scores: { ...state.scores, [code]: { ...current, self: event.data.score } } };
    case 'AppraisedScoreRecorded':
      return { scores: { ...state.scores, [code]: { ...current, appraised: event.data.score } } };
  }
}
