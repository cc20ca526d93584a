import type { AssessmentEvent } from './assessment.events';
import { evolveAppraisalRound, isAppraisalRoundEvent, type AppraisalRoundState } from '../appraisal/appraisal-round.state';

export interface ItemScores {
  readonly self: number | null;
  readonly selfNote: string | null;
  readonly appraised: number | null;
  readonly appraisalReason: string | null;
}

export interface AssessmentState extends AppraisalRoundState {
  readonly scores: Readonly<Record<string, ItemScores>>;
  /** Scored nodes declared not applicable to the unit, code → reason. */
  readonly notApplicable: Readonly<Record<string, string>>;
}

export const initialAssessmentState = (): AssessmentState => ({ scores: {}, notApplicable: {} });

const noScores: ItemScores = { self: null, selfNote: null, appraised: null, appraisalReason: null };

export function evolveAssessment(state: AssessmentState, event: AssessmentEvent): AssessmentState {
  if (isAppraisalRoundEvent(event)) return { ...state, ...evolveAppraisalRound(state, event) };
  const code = event.data.subCriterionCode;
  const current: ItemScores = state.scores[code] ?? noScores;
  // Streams written before not-applicable existed fold from states without the field.
  const notApplicable = state.notApplicable ?? {};
  switch (event.type) {
    case 'SelfScoreRecorded':
      return { ...state, scores: { ...state.scores, [code]: { ...current, self: event.data.score, selfNote: event.data.note } } };
    case 'AppraisedScoreRecorded':
      return {
        ...state,
        scores: { ...state.scores, [code]: { ...current, appraised: event.data.score, appraisalReason: event.data.reason } },
      };
    case 'NotApplicableMarked':
      return { ...state, notApplicable: { ...notApplicable, [code]: event.data.reason } };
    case 'NotApplicableCleared': {
      const rest = { ...notApplicable };
      delete rest[code];
      return { ...state, notApplicable: rest };
    }
  }
}
