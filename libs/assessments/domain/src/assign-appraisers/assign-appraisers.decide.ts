import type { AppraisersAssigned } from '../appraisal-assignments/appraisal-assignments.events';
import type { AppraisalAssignmentsState } from '../appraisal-assignments/appraisal-assignments.state';
import { checkTextLength } from '../appraisal/appraisal-gates';
import { checkAssignmentLists } from './assignment-input';

export interface AssignAppraisers {
  type: 'AssignAppraisers';
  data: {
    cycleId: string;
    unitIds: readonly string[];
    /** Token subjects (`sub`) of the appraisers. */
    appraiserIds: readonly string[];
    teamName: string | null;
    /** The units assessed in the cycle (resolved by the handler from the catalog). */
    cycleUnitIds: readonly string[];
  };
}

/**
 * Assigns appraisers (an appraisal team, optionally named) to units of the cycle; appraisers already assigned stay.
 * Nothing is recorded when every unit already has every appraiser and the same team name.
 */
export function decideAssignAppraisers(command: AssignAppraisers, state: AppraisalAssignmentsState): AppraisersAssigned[] {
  const { cycleId, cycleUnitIds } = command.data;
  const { unitIds, appraiserIds } = checkAssignmentLists(command.data.unitIds, command.data.appraiserIds, cycleUnitIds);
  const teamName = command.data.teamName?.trim() || null;
  if (teamName) checkTextLength(teamName, 200, { vi: 'Tên tổ thẩm định', en: 'The team name' });
  const changes = unitIds.some((u) => {
    const current = state.units[u];
    return !current || appraiserIds.some((a) => !current.appraiserIds.includes(a)) || (teamName !== null && teamName !== current.teamName);
  });
  if (!changes) return [];
  return [{ type: 'AppraisersAssigned', data: { cycleId, unitIds, appraiserIds, teamName } }];
}
