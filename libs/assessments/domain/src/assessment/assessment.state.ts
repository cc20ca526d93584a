import type { AssessmentEvent } from './assessment.events';

export interface ItemScores {
  readonly self: number | null;
  readonly selfNote: string | null;
  readonly appraised: number | null;
  readonly appraisalReason: string | null;
}

export interface AssessmentState {
  readonly scores: Readonly<Record<string, ItemScores>>;
}

export const initialAssessmentState = (): AssessmentState => ({ scores: {} });

export function evolveAssessment(state: AssessmentState, event: AssessmentEvent): AssessmentState {
  const code = event.data.subCriterionCode;
  const current: ItemScores = state.scores[code] ?? { self: null, selfNote: null, appraised: null, appraisalReason: null };
  switch (event.type) {
    case 'SelfScoreRecorded':
      return { scores: { ...state.scores, [code]: { ...current, self: event.data.score, selfNote: event.data.note } } };
    case 'AppraisedScoreRecorded':
      return { scores: { ...state.scores, [code]: { ...current, appraised: event.data.score, appraisalReason: event.data.reason } } };
  }
}
