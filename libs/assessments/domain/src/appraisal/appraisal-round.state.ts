import type { AppraisalRoundEvent, AssessmentEvent } from '../assessment/assessment.events';

/** One entry of an explanation thread: the unit's answer, or the appraiser's decision on it. */
export type ExplanationEntry =
  | { readonly kind: 'explanation'; readonly text: string; readonly evidenceSha256s: readonly string[]; readonly at: string }
  | {
      readonly kind: 'decision';
      readonly outcome: 'kept' | 'changed';
      readonly reason: string;
      readonly subCriterionCode: string | null;
      readonly score: number | null;
      readonly previousScore: number | null;
      readonly at: string;
    };

/** The explanation thread of one criterion: every entry in order; open while the last answer awaits a decision. */
export interface ExplanationThread {
  readonly open: boolean;
  readonly entries: readonly ExplanationEntry[];
}

/** The appraisal round's part of the assessment state (optional fields: streams written before it fold without them). */
export interface AppraisalRoundState {
  /** Explanation threads (giải trình of the preliminary result), code → thread. */
  readonly explanationThreads?: Readonly<Record<string, ExplanationThread>>;
  readonly finalizedAt?: string | null;
}

const ROUND_EVENTS: ReadonlySet<string> = new Set([
  'ExplanationSubmitted',
  'ExplanationDecided',
  'AppraisalFinalized',
  'AppraisalReopened',
]);

export const isAppraisalRoundEvent = (e: AssessmentEvent): e is AppraisalRoundEvent => ROUND_EVENTS.has(e.type);

function withEntry(state: AppraisalRoundState, code: string, entry: ExplanationEntry, open: boolean): AppraisalRoundState {
  const thread = state.explanationThreads?.[code];
  return { explanationThreads: { ...state.explanationThreads, [code]: { open, entries: [...(thread?.entries ?? []), entry] } } };
}

/** Pure: folds one appraisal-round event into the round's part of the state. */
export function evolveAppraisalRound(state: AppraisalRoundState, event: AppraisalRoundEvent): AppraisalRoundState {
  switch (event.type) {
    case 'ExplanationSubmitted': {
      const { code, text, evidenceSha256s, submittedAt } = event.data;
      return withEntry(state, code, { kind: 'explanation', text, evidenceSha256s, at: submittedAt }, true);
    }
    case 'ExplanationDecided': {
      const { code, outcome, reason, subCriterionCode, score, previousScore, decidedAt } = event.data;
      return withEntry(state, code, { kind: 'decision', outcome, reason, subCriterionCode, score, previousScore, at: decidedAt }, false);
    }
    case 'AppraisalFinalized':
      return { finalizedAt: event.data.finalizedAt };
    case 'AppraisalReopened':
      return { finalizedAt: null };
  }
}

/** Codes whose explanation awaits the appraiser's decision, in code order. */
export const openExplanationCodes = (state: AppraisalRoundState): string[] =>
  Object.entries(state.explanationThreads ?? {})
    .filter(([, t]) => t.open)
    .map(([code]) => code)
    .sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
