import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AssessmentDiffType } from './assessment-diff.type';

/** What changed in one unit's assessment between two moments (ISO times, recording time). */
export class AssessmentDiffQuery extends Query<AssessmentDiffType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly unitId: string,
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}

/** The same for every unit of the cycle; units without a change are left out. */
export class CycleDiffQuery extends Query<AssessmentDiffType[]> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}
