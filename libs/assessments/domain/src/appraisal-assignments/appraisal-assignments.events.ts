/** Internal events of a cycle's appraiser assignments (one stream per province and cycle). Plain data. */
export interface AppraisersAssigned {
  type: 'AppraisersAssigned';
  data: { cycleId: string; unitIds: string[]; appraiserIds: string[]; teamName: string | null };
}
export interface AppraisersUnassigned {
  type: 'AppraisersUnassigned';
  data: { cycleId: string; unitIds: string[]; appraiserIds: string[]; reason: string | null };
}
export type AppraisalAssignmentEvent = AppraisersAssigned | AppraisersUnassigned;

export const appraisalAssignmentsStreamId = (province: string, cycleId: string) => `appraisal-assignments:${province}:${cycleId}`;
