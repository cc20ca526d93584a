import { PROGRESS_FIELDS, type QueueUnit } from '../appraisal/queries';

export interface Dashboard {
  cycleDashboard: { cycleId: string; counts: { status: string; count: number }[]; units: QueueUnit[] };
}
export interface Assignments {
  appraisalAssignments: { version: number; units: { unitId: string; appraiserIds: string[]; teamName: string | null }[] };
}
export const CYCLE_DASHBOARD = `query($cycleId: ID!) { cycleDashboard(cycleId: $cycleId) { cycleId counts { status count } units { ${PROGRESS_FIELDS} } } }`;
const ASSIGNMENT_FIELDS = 'version units { unitId appraiserIds teamName }';
export const APPRAISAL_ASSIGNMENTS = `query($cycleId: ID!) { appraisalAssignments(cycleId: $cycleId) { ${ASSIGNMENT_FIELDS} } }`;
export const ASSIGN_APPRAISERS = `mutation($i: AssignAppraisersInput!) { assignAppraisers(input: $i) { ${ASSIGNMENT_FIELDS} } }`;
