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
export type AssessmentEvent = SelfScoreRecorded | AppraisedScoreRecorded;

export const assessmentStreamId = (province: string, cycleId: string, unitId: string) => `assessment:${province}:${cycleId}:${unitId}`;
