import type { NotApplicableCleared } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';
import { checkNode, type ApplicabilityRef } from '../mark-not-applicable/mark-not-applicable.decide';

export interface ClearNotApplicable {
  type: 'ClearNotApplicable';
  data: {
    cycleId: string;
    unitId: string;
    subCriterionCode: string;
    reason: string | null;
    node: ApplicabilityRef | undefined;
  };
}

/** Withdraws a not-applicable declaration; nothing to record when the node was not declared not applicable. */
export function decideClearNotApplicable(command: ClearNotApplicable, state: AssessmentState): NotApplicableCleared[] {
  const { cycleId, unitId, subCriterionCode } = command.data;
  checkNode(command.data.node, subCriterionCode);
  if (state.notApplicable?.[subCriterionCode] === undefined) return [];
  const reason = command.data.reason?.trim() || null;
  return [{ type: 'NotApplicableCleared', data: { cycleId, unitId, subCriterionCode, reason } }];
}
