import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertAllowed, READ_UNIT_RESULTS } from '@par/auth';
import { deadlinePassed, FIGURE_RULE_TYPES, missingForSubmission, type AssessmentState } from '@par/assessments-domain';
import { describeRuleVi, type Leaf } from '@par/scoring';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { SelfAssessmentViewQuery, type SelfAssessmentView } from './self-assessment-view.query';
import { ItemStatus, type AssessmentItemType } from './self-assessment-view.type';
import { resolveSelfAssessment } from '../self-assessment-window/resolve-self-assessment';

const STATUS_LABELS_VI: Record<ItemStatus, string> = {
  [ItemStatus.NOT_SCORED]: 'Chưa chấm',
  [ItemStatus.SCORED]: 'Đã chấm',
  [ItemStatus.NOT_APPLICABLE]: 'Không áp dụng',
};

/** Each self-assessed item of the pinned framework with what the unit recorded; completeness by the submission rule itself. */
@QueryHandler(SelfAssessmentViewQuery)
export class SelfAssessmentViewHandler implements IQueryHandler<SelfAssessmentViewQuery> {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async execute({ ctx, cycleId, unitId, state }: SelfAssessmentViewQuery): Promise<SelfAssessmentView> {
    assertAllowed(ctx, READ_UNIT_RESULTS, { unitId });
    const { leaves, items, window } = await resolveSelfAssessment(this.runtime.db, ctx, cycleId, unitId, this.runtime.now());
    const missing = missingForSubmission(state, items);
    return {
      items: leaves.map((leaf) => itemView(leaf, state, missing.missingEvidence.includes(leaf.code))),
      completeness: {
        applicable: missing.applicable,
        scored: missing.applicable - missing.unscored.length,
        unscored: missing.unscored,
        missingEvidence: missing.missingEvidence,
        complete: missing.unscored.length === 0 && missing.missingEvidence.length === 0,
        deadline: window.deadline,
        deadlinePassed: deadlinePassed(window),
      },
    };
  }
}

function itemView(leaf: Leaf, state: AssessmentState, evidenceMissing: boolean): AssessmentItemType {
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
