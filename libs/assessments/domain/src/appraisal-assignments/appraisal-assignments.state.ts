import type { AppraisalAssignmentEvent } from './appraisal-assignments.events';

/** One unit's assignment: the appraisers (token subjects) and the team's name. */
export interface UnitAssignment {
  readonly appraiserIds: readonly string[];
  readonly teamName: string | null;
}

/** A cycle's assignments, unit id → assignment (a unit with no appraiser left has no entry). */
export interface AppraisalAssignmentsState {
  readonly units: Readonly<Record<string, UnitAssignment>>;
}

export const initialAppraisalAssignmentsState = (): AppraisalAssignmentsState => ({ units: {} });

export function evolveAppraisalAssignments(state: AppraisalAssignmentsState, event: AppraisalAssignmentEvent): AppraisalAssignmentsState {
  const units = { ...state.units };
  for (const unitId of event.data.unitIds) {
    const current = units[unitId];
    if (event.type === 'AppraisersAssigned') {
      const appraiserIds = [...new Set([...(current?.appraiserIds ?? []), ...event.data.appraiserIds])];
      units[unitId] = { appraiserIds, teamName: event.data.teamName ?? current?.teamName ?? null };
      continue;
    }
    const appraiserIds = (current?.appraiserIds ?? []).filter((id) => !event.data.appraiserIds.includes(id));
    if (appraiserIds.length === 0) delete units[unitId];
    else units[unitId] = { appraiserIds, teamName: current?.teamName ?? null };
  }
  return { units };
}

/** Pure: whether the assignments name this appraiser for this unit. */
export const isAssignedTo = (state: AppraisalAssignmentsState, unitId: string, appraiserId: string): boolean =>
  state.units[unitId]?.appraiserIds.includes(appraiserId) ?? false;

/** Pure: the units an appraiser is assigned to, in id order. */
export const unitsAssignedTo = (state: AppraisalAssignmentsState, appraiserId: string): string[] =>
  Object.entries(state.units)
    .filter(([, a]) => a.appraiserIds.includes(appraiserId))
    .map(([unitId]) => unitId)
    .sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
