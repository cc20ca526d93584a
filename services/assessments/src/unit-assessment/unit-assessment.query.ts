import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AssessmentType } from '../assessment-scores/assessment-scores.type';

/** A unit's current assessment in a cycle (self and appraised scores, not-applicable declarations). */
export class UnitAssessmentQuery extends Query<AssessmentType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly unitId: string,
  ) {
    super();
  }
}
