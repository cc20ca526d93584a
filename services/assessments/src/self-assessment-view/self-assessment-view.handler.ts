import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertAllowed, READ_UNIT_RESULTS } from '@par/auth';
import { deadlinePassed, missingForSubmission } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { SelfAssessmentViewQuery, type SelfAssessmentView } from './self-assessment-view.query';
import { itemView } from './item-view';
import { resolveSelfAssessment } from '../self-assessment-window/resolve-self-assessment';

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
