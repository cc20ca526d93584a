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

/** Every contract on `par.assessments.v1`: switch on `type` (a v1 consumer ignores types it does not know). */
export type AssessmentsEventV1 = ScoreRecordedV1 | NotApplicableChangedV1;
export * from './assessments.schemas';
