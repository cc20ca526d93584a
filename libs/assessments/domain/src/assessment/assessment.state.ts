import type { AssessmentEvent, EvidenceRef, SelfFigures } from './assessment.events';
import { evolveAppraisalRound, isAppraisalRoundEvent, type AppraisalRoundState } from '../appraisal/appraisal-round.state';

export interface ItemScores {
  readonly self: number | null;
  readonly selfNote: string | null;
  readonly appraised: number | null;
  readonly appraisalReason: string | null;
  /** The raw figures of the current self score and the rule's explanation, when it was computed from figures. */
  readonly figures?: SelfFigures | null;
  readonly ruleExplanation?: string | null;
}

export interface AssessmentState extends AppraisalRoundState {
  readonly scores: Readonly<Record<string, ItemScores>>;
  /** Scored nodes declared not applicable to the unit, code → reason. */
  readonly notApplicable: Readonly<Record<string, string>>;
  /** When the unit submitted its self-assessment (locked until reopened); null while open. */
  readonly submittedAt?: string | null;
  /** Evidence documents per item, code → documents in the order attached. */
  readonly evidence?: Readonly<Record<string, readonly EvidenceRef[]>>;
  /** The unit's written explanation per item, code → text. */
  readonly explanations?: Readonly<Record<string, string>>;
}

export const initialAssessmentState = (): AssessmentState => ({
  scores: {},
  notApplicable: {},
  submittedAt: null,
  evidence: {},
  explanations: {},
});

const noScores: ItemScores = { self: null, selfNote: null, appraised: null, appraisalReason: null };

/** Events about the whole self-assessment (no item). */
function evolveSubmission(state: AssessmentState, event: AssessmentEvent): AssessmentState | undefined {
  switch (event.type) {
    case 'SelfAssessmentSubmitted':
      return { ...state, submittedAt: event.data.submittedAt };
    case 'SubmissionReopened':
      return { ...state, submittedAt: null };
    default:
      return undefined;
  }
}

/** Evidence and explanations of one item. */
function evolveEvidence(state: AssessmentState, event: AssessmentEvent): AssessmentState | undefined {
  const evidence = state.evidence ?? {};
  switch (event.type) {
    case 'EvidenceAttached': {
      const { cycleId: _c, unitId: _u, subCriterionCode: code, ...ref } = event.data;
      return { ...state, evidence: { ...evidence, [code]: [...(evidence[code] ?? []), ref] } };
    }
    case 'EvidenceDetached': {
      const code = event.data.subCriterionCode;
      const left = (evidence[code] ?? []).filter((e) => e.sha256 !== event.data.sha256);
      const rest = { ...evidence };
      if (left.length) rest[code] = left;
      else delete rest[code];
      return { ...state, evidence: rest };
    }
    case 'ItemExplanationWritten': {
      const rest = { ...(state.explanations ?? {}) };
      if (event.data.explanation) rest[event.data.subCriterionCode] = event.data.explanation;
      else delete rest[event.data.subCriterionCode];
      return { ...state, explanations: rest };
    }
    default:
      return undefined;
  }
}

export function evolveAssessment(state: AssessmentState, event: AssessmentEvent): AssessmentState {
  if (isAppraisalRoundEvent(event)) return { ...state, ...evolveAppraisalRound(state, event) };
  const whole = evolveSubmission(state, event) ?? evolveEvidence(state, event);
  if (whole) return whole;
  // every other event is about one item of the framework
  const code = (event.data as { subCriterionCode: string }).subCriterionCode;
  const current: ItemScores = state.scores[code] ?? noScores;
  // Streams written before not-applicable existed fold from states without the field.
  const notApplicable = state.notApplicable ?? {};
  switch (event.type) {
    case 'SelfScoreRecorded':
      return {
        ...state,
        scores: {
          ...state.scores,
          [code]: {
            ...current,
            self: event.data.score,
            selfNote: event.data.note,
            figures: event.data.figures ?? null,
            ruleExplanation: event.data.ruleExplanation ?? null,
          },
        },
      };
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
    default:
      return state;
  }
}
