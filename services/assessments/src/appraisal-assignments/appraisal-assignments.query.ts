import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AppraisalAssignmentsType } from '../assignments/assignments.type';

/** Who appraises which unit in a cycle. */
export class AppraisalAssignmentsQuery extends Query<AppraisalAssignmentsType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
  ) {
    super();
  }
}
