import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { CycleDashboardType } from './cycle-dashboard.type';

/** The province's dashboard of a cycle: every unit by status, with counts. */
export class CycleDashboardQuery extends Query<CycleDashboardType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
  ) {
    super();
  }
}
