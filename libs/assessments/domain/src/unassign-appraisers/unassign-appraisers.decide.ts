import type { AppraisersUnassigned } from '../appraisal-assignments/appraisal-assignments.events';
import type { AppraisalAssignmentsState } from '../appraisal-assignments/appraisal-assignments.state';
import { checkTextLength, MAX_REASON_LENGTH } from '../appraisal/appraisal-gates';
import { checkAssignmentLists } from '../assign-appraisers/assignment-input';

export interface UnassignAppraisers {
  type: 'UnassignAppraisers';
  data: {
    cycleId: string;
    unitIds: readonly string[];
    appraiserIds: readonly string[];
    reason: string | null;
    cycleUnitIds: readonly string[];
  };
}

/** Withdraws appraisers from units; only the pairs that exist are recorded, nothing when none does. */
export function decideUnassignAppraisers(command: UnassignAppraisers, state: AppraisalAssignmentsState): AppraisersUnassigned[] {
  const { cycleId, cycleUnitIds } = command.data;
  const { unitIds, appraiserIds } = checkAssignmentLists(command.data.unitIds, command.data.appraiserIds, cycleUnitIds);
  const reason = command.data.reason?.trim() || null;
  if (reason) checkTextLength(reason, MAX_REASON_LENGTH, { vi: 'Lý do', en: 'The reason' });
  const units = unitIds.filter((u) => appraiserIds.some((a) => state.units[u]?.appraiserIds.includes(a)));
  if (units.length === 0) return [];
  const appraisers = appraiserIds.filter((a) => units.some((u) => state.units[u]?.appraiserIds.includes(a)));
  return [{ type: 'AppraisersUnassigned', data: { cycleId, unitIds: units, appraiserIds: appraisers, reason } }];
}
