/** Internal events of the Assessment stream (one stream per province, cycle and unit). Plain data. */
export interface SelfScoreRecorded {
  type: 'SelfScoreRecorded';
  data: { cycleId: string; unitId: string; subCriterionCode: string; score: number; previousScore: number | null; note: string | null };
}
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
export type AssessmentEvent = SelfScoreRecorded | AppraisedScoreRecorded | NotApplicableMarked | NotApplicableCleared;

export const assessmentStreamId = (province: string, cycleId: string, unitId: string) => `assessment:${province}:${cycleId}:${unitId}`;
