import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AssessmentState } from '@par/assessments-domain';
import type { AssessmentItemType, CompletenessType } from './self-assessment-view.type';

export interface SelfAssessmentView {
  items: AssessmentItemType[];
  completeness: CompletenessType;
}

/** A unit's assessment item by item against the pinned framework, and its completeness (for an already folded state). */
export class SelfAssessmentViewQuery extends Query<SelfAssessmentView> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly unitId: string,
    readonly state: AssessmentState,
  ) {
    super();
  }
}
