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

/** Every contract on `par.assessments.v1`: switch on `type` (a v1 consumer ignores types it does not know). */
/**
 * A unit's appraisal made final for the cycle (the appraisal engineer's `AppraisalFinalized`): the ranking service
 * allows publication only when every unit of the cycle is final.
 */
export interface AppraisalFinalizedV1 {
  type: 'AppraisalFinalized';
  version: 1;
  eventId: string;
  province: string;
  cycleId: string;
  unitId: string;
  finalizedAt: string;
  actor: { id: string; name: string | null; roles: string[] };
  occurredAt: string;
  streamVersion: number;
}

export type AssessmentsEventV1 =
  ScoreRecordedV1 | NotApplicableChangedV1 | SelfAssessmentSubmittedV1 | SelfAssessmentReopenedV1 | EvidenceAttachedV1 | EvidenceDetachedV1 | AppraisalFinalizedV1;
export * from './assessments.schemas';
