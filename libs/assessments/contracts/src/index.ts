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

export type AssessmentsEventV1 = ScoreRecordedV1;
