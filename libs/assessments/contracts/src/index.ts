/**
 * Published, versioned contracts of the `assessments` context (topic `par.assessments.v1`).
 * Plain data, no Nest.
 */
export const ASSESSMENTS_TOPIC = 'par.assessments.v1';

export interface ScoreRecordedV1 {
  type: 'ScoreRecorded';
  version: 1;
  eventId: string;
  province: string;
  cycleId: string;
  unitId: string;
  subCriterionCode: string;
  /** self = unit's self-assessment; appraised = appraisal council's decision */
  kind: 'self' | 'appraised';
  score: number;
  previousScore: number | null;
  reason: string | null;
  actor: { id: string; name: string | null; roles: string[] };
  occurredAt: string;
  streamVersion: number;
}

/**
 * A scored node (sub-criterion, or criterion carrying points) declared not applicable to a unit in a cycle
 * (`notApplicable: true`, with the reason), or the declaration withdrawn (`false`). Consumers pass the unit's
 * not-applicable codes to the scoring engine: the node's maximum drops out of the unit's maximum.
 */
export interface NotApplicableChangedV1 {
  type: 'NotApplicableChanged';
  version: 1;
  eventId: string;
  province: string;
  cycleId: string;
  unitId: string;
  code: string;
  notApplicable: boolean;
  reason: string | null;
  actor: { id: string; name: string | null; roles: string[] };
  occurredAt: string;
  streamVersion: number;
}

/** A unit sent its self-assessment to appraisal (its self scores, figures and evidence are locked from then on). */
export interface SelfAssessmentSubmittedV1 {
  type: 'SelfAssessmentSubmitted';
  version: 1;
  eventId: string;
  province: string;
  cycleId: string;
  unitId: string;
  submittedAt: string;
  actor: { id: string; name: string | null; roles: string[] };
  occurredAt: string;
  streamVersion: number;
}

/** The DHA reopened a submitted self-assessment (with the reason): the unit may change it again and must resubmit. */
export interface SelfAssessmentReopenedV1 {
  type: 'SelfAssessmentReopened';
  version: 1;
  eventId: string;
  province: string;
  cycleId: string;
  unitId: string;
  reason: string;
  actor: { id: string; name: string | null; roles: string[] };
  occurredAt: string;
  streamVersion: number;
}

/**
 * An evidence document (tài liệu kiểm chứng) attached to a unit's item: its SHA-256 (the bytes stay in the
 * assessments service; `evidence(cycleId, unitId, sha256)` reads them), size, media type detected from the content,
 * and the file name as the unit typed it (escape it before showing it).
 */
export interface EvidenceAttachedV1 {
  type: 'EvidenceAttached';
  version: 1;
  eventId: string;
  province: string;
  cycleId: string;
  unitId: string;
  code: string;
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
  actor: { id: string; name: string | null; roles: string[] };
  occurredAt: string;
  streamVersion: number;
}

/** An evidence document removed from a unit's item (before submission). */
export interface EvidenceDetachedV1 {
  type: 'EvidenceDetached';
  version: 1;
  eventId: string;
  province: string;
  cycleId: string;
  unitId: string;
  code: string;
  sha256: string;
  actor: { id: string; name: string | null; roles: string[] };
  occurredAt: string;
  streamVersion: number;
}

/** Fields every appraisal-round message carries (the envelope of the V1 messages above). */
interface AssessmentsEnvelopeV1 {
  version: 1;
  eventId: string;
  province: string;
  cycleId: string;
  actor: { id: string; name: string | null; roles: string[] };
  occurredAt: string;
  streamVersion: number;
}

/** Appraisers (token subjects) assigned to units of a cycle, optionally as a named team. */
export interface AppraisersAssignedV1 extends AssessmentsEnvelopeV1 {
  type: 'AppraisersAssigned';
  unitIds: string[];
  appraiserIds: string[];
  teamName: string | null;
}

/** Appraisers withdrawn from units of a cycle. */
export interface AppraisersUnassignedV1 extends AssessmentsEnvelopeV1 {
  type: 'AppraisersUnassigned';
  unitIds: string[];
  appraiserIds: string[];
  reason: string | null;
}

/** A unit's explanation (giải trình) of its preliminary result on one criterion or sub-criterion. */
export interface ExplanationSubmittedV1 extends AssessmentsEnvelopeV1 {
  type: 'ExplanationSubmitted';
  unitId: string;
  code: string;
  evidenceSha256s: string[];
  submittedAt: string;
}

/** The appraiser's decision on an explanation; a change is also published as a `ScoreRecorded` (kind appraised). */
export interface ExplanationDecidedV1 extends AssessmentsEnvelopeV1 {
  type: 'ExplanationDecided';
  unitId: string;
  code: string;
  outcome: 'kept' | 'changed';
  subCriterionCode: string | null;
  score: number | null;
  decidedAt: string;
}

/** A unit's appraisal closed by its assigned appraiser (every item appraised, no open explanation). */
export interface AppraisalFinalizedV1 extends AssessmentsEnvelopeV1 {
  type: 'AppraisalFinalized';
  unitId: string;
  finalizedAt: string;
}

/** A finalized appraisal reopened by the DHA, with the reason. */
export interface AppraisalReopenedV1 extends AssessmentsEnvelopeV1 {
  type: 'AppraisalReopened';
  unitId: string;
  reason: string;
  reopenedAt: string;
}

/** The appraisal round's messages (assignments, explanations, final appraisal). */
export type AppraisalRoundEventV1 =
  | AppraisersAssignedV1
  | AppraisersUnassignedV1
  | ExplanationSubmittedV1
  | ExplanationDecidedV1
  | AppraisalFinalizedV1
  | AppraisalReopenedV1;

/** Every contract on `par.assessments.v1`: switch on `type` (a v1 consumer ignores types it does not know). */
export type AssessmentsEventV1 =
  | ScoreRecordedV1
  | NotApplicableChangedV1
  | SelfAssessmentSubmittedV1
  | SelfAssessmentReopenedV1
  | EvidenceAttachedV1
  | EvidenceDetachedV1
  | AppraisalRoundEventV1;
export * from './assessments.schemas';
