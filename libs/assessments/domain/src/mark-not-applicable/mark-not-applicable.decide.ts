import { ValidationError } from '@par/kernel';
import type { NotApplicableMarked } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';

/** What deciding applicability needs of the scored node (from the framework version the cycle is pinned to). */
export interface ApplicabilityRef {
  readonly code: string;
  readonly name: string;
  /** `always` (the default): scored for every unit; `conditional`: a unit may be declared not applicable. */
  readonly mode: 'always' | 'conditional';
  /** When the node does not apply, as the framework says it (Vietnamese). */
  readonly condition?: string;
}

export interface MarkNotApplicable {
  type: 'MarkNotApplicable';
  data: {
    cycleId: string;
    unitId: string;
    subCriterionCode: string;
    reason: string;
    /** Resolved by the handler from the pinned framework; undefined when the code is not a scored node of it. */
    node: ApplicabilityRef | undefined;
  };
}

/** The scored node of the framework, or UNKNOWN_SUB_CRITERION (as scoring does). */
export function checkNode(node: ApplicabilityRef | undefined, code: string): ApplicabilityRef {
  if (node) return node;
  throw new ValidationError({
    code: 'UNKNOWN_SUB_CRITERION',
    messageVi: `Không tìm thấy tiêu chí "${code}" trong bộ tiêu chí của kỳ đánh giá.`,
    detail: `${code} is not a scored node of the framework version this assessment is pinned to`,
    meta: { subCriterionCode: code },
  });
}

/**
 * Declares a scored node not applicable to the unit, with a reason; allowed only where the framework's
 * applicability is `conditional` (the scoring engine reports the same declaration elsewhere as
 * NOT_APPLICABLE_NOT_ALLOWED). The same declaration with the same reason again records nothing.
 */
export function decideMarkNotApplicable(command: MarkNotApplicable, state: AssessmentState): NotApplicableMarked[] {
  const { cycleId, unitId, subCriterionCode } = command.data;
  const node = checkNode(command.data.node, subCriterionCode);
  const reason = command.data.reason?.trim() ?? '';
  if (node.mode !== 'conditional') {
    throw new ValidationError({
      code: 'NOT_APPLICABLE_NOT_ALLOWED',
      messageVi: `Tiêu chí "${node.code}" áp dụng cho mọi đơn vị, không thể khai báo "không áp dụng".`,
      detail: `Node ${node.code} applies always; only conditional nodes may be declared not applicable`,
      meta: { subCriterionCode },
    });
  }
  if (!reason) {
    throw new ValidationError({
      code: 'REASON_REQUIRED',
      messageVi: 'Phải ghi rõ lý do khi khai báo tiêu chí không áp dụng.',
      detail: 'Declaring a node not applicable needs a non-empty reason',
    });
  }
  if (state.notApplicable?.[subCriterionCode] === reason) return [];
  return [{ type: 'NotApplicableMarked', data: { cycleId, unitId, subCriterionCode, reason } }];
}
