import type { RuleInput } from '@par/scoring';

/** Internal events of the Assessment stream (one stream per province, cycle and unit). Plain data. */
export interface SelfScoreRecorded {
  type: 'SelfScoreRecorded';
  data: {
    cycleId: string;
    unitId: string;
    subCriterionCode: string;
    score: number;
    previousScore: number | null;
    note: string | null;
    /** The raw figures the score was computed from by the framework's rule (absent for a directly given score). */
    figures?: SelfFigures;
    /** The rule's Vietnamese explanation of the computed score ("49/51 thủ tục → 0,96/1 điểm"). */
    ruleExplanation?: string;
  };
}
/** Raw figures of a self-assessed item whose rule computes points (`RuleInput` of @par/scoring). */
export type SelfFigures = RuleInput;
export interface AppraisedScoreRecorded {
  type: 'AppraisedScoreRecorded';
  data: {
    cycleId: string;
    unitId: string;
    subCriterionCode: string;
    score: number;
    previousScore: number | null;
    selfScore: number | null;
    reason: string;
  };
}
/** A scored node (sub-criterion, or criterion carrying points) declared not applicable to the unit in the cycle. */
export interface NotApplicableMarked {
  type: 'NotApplicableMarked';
  data: { cycleId: string; unitId: string; subCriterionCode: string; reason: string };
}
/** A not-applicable declaration withdrawn: the node counts again (its maximum is back in the unit's maximum). */
export interface NotApplicableCleared {
  type: 'NotApplicableCleared';
  data: { cycleId: string; unitId: string; subCriterionCode: string; reason: string | null };
}
/** A document (tài liệu kiểm chứng) attached to an item; the bytes are stored content-addressed by SHA-256. */
export interface EvidenceAttached {
  type: 'EvidenceAttached';
  data: EvidenceRef & { cycleId: string; unitId: string; subCriterionCode: string };
}
export interface EvidenceRef {
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
}
export interface EvidenceDetached {
  type: 'EvidenceDetached';
  data: { cycleId: string; unitId: string; subCriterionCode: string; sha256: string };
}
/** The unit's written explanation for an item (required where the framework asks for evidence and none is attached). */
export interface ItemExplanationWritten {
  type: 'ItemExplanationWritten';
  data: { cycleId: string; unitId: string; subCriterionCode: string; explanation: string | null };
}
/** The unit sent its self-assessment to appraisal: its self scores, figures and evidence are locked. */
export interface SelfAssessmentSubmitted {
  type: 'SelfAssessmentSubmitted';
  data: { cycleId: string; unitId: string; submittedAt: string };
}
/** The DHA unlocked a submission (with the reason); `submittedAt` is the submission it reopened. */
export interface SubmissionReopened {
  type: 'SubmissionReopened';
  data: { cycleId: string; unitId: string; reason: string; submittedAt: string };
}
/** The unit's answer (giải trình) to the preliminary result on one criterion or sub-criterion: text and new evidence. */
export interface ExplanationSubmitted {
  type: 'ExplanationSubmitted';
  data: { cycleId: string; unitId: string; code: string; text: string; evidenceSha256s: string[]; submittedAt: string };
}
/** The assigned appraiser decides again on an explanation: kept, or changed (then `AppraisedScoreRecorded` follows). */
export interface ExplanationDecided {
  type: 'ExplanationDecided';
  data: {
    cycleId: string;
    unitId: string;
    code: string;
    outcome: 'kept' | 'changed';
    reason: string;
    /** The sub-criterion whose appraised score changed, and its new and old score (null when kept). */
    subCriterionCode: string | null;
    score: number | null;
    previousScore: number | null;
    decidedAt: string;
  };
}
/** The assigned appraiser closed the unit's appraisal: every appraisable item appraised, no open explanation. */
export interface AppraisalFinalized {
  type: 'AppraisalFinalized';
  data: { cycleId: string; unitId: string; finalizedAt: string };
}
/** The DHA reopened a finalized appraisal, with a reason. */
export interface AppraisalReopened {
  type: 'AppraisalReopened';
  data: { cycleId: string; unitId: string; reason: string; reopenedAt: string };
}
/** Events of the appraisal round (explanations, final appraisal); they carry no `subCriterionCode` of their own. */
export type AppraisalRoundEvent = ExplanationSubmitted | ExplanationDecided | AppraisalFinalized | AppraisalReopened;

export type AssessmentEvent =
  | SelfScoreRecorded
  | AppraisedScoreRecorded
  | NotApplicableMarked
  | NotApplicableCleared
  | EvidenceAttached
  | EvidenceDetached
  | ItemExplanationWritten
  | SelfAssessmentSubmitted
  | SubmissionReopened
  | AppraisalRoundEvent;

export const assessmentStreamId = (province: string, cycleId: string, unitId: string) => `assessment:${province}:${cycleId}:${unitId}`;
