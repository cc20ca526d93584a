import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { UnitProgressType } from '../unit-progress/unit-progress.type';

/** The acting appraiser's queue: the units of the cycle assigned to them, with status and counts. */
export class AppraisalQueueQuery extends Query<UnitProgressType[]> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
  ) {
    super();
  }
}
