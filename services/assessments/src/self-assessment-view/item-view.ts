import { FIGURE_RULE_TYPES, type AssessmentState } from '@par/assessments-domain';
import { describeRuleVi, type Leaf } from '@par/scoring';
import { ItemStatus } from './item-status';
import type { AssessmentItemType } from './self-assessment-view.type';

const STATUS_LABELS_VI: Record<ItemStatus, string> = {
  [ItemStatus.NOT_SCORED]: 'Chưa chấm',
  [ItemStatus.SCORED]: 'Đã chấm',
  [ItemStatus.NOT_APPLICABLE]: 'Không áp dụng',
};

/** One item of the view: chưa chấm (null) is not 0; not applicable wins over a score. */
export function itemView(leaf: Leaf, state: AssessmentState, evidenceMissing: boolean): AssessmentItemType {
  const scores = state.scores[leaf.code];
  const notApplicable = leaf.code in (state.notApplicable ?? {});
  const self = scores?.self ?? null;
  const status = notApplicable ? ItemStatus.NOT_APPLICABLE : self === null ? ItemStatus.NOT_SCORED : ItemStatus.SCORED;
  return {
    code: leaf.code,
    name: leaf.name,
    maxPoints: leaf.max,
    ruleType: leaf.rule.type,
    ruleDescription: describeRuleVi(leaf.rule, leaf.max),
    takesFigures: FIGURE_RULE_TYPES.includes(leaf.rule.type),
    status,
    statusLabel: STATUS_LABELS_VI[status],
    selfScore: self,
    figures: scores?.figures ?? null,
    ruleExplanation: scores?.ruleExplanation ?? null,
    note: scores?.selfNote ?? null,
    appraisedScore: scores?.appraised ?? null,
    evidenceRequired: leaf.evidenceRequired === true,
    evidence: [...(state.evidence?.[leaf.code] ?? [])],
    explanation: state.explanations?.[leaf.code] ?? null,
    evidenceMissing,
  };
}
