import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { LostPointsReportType } from './lost-points-report.type';

export class LostPointsReportQuery extends Query<LostPointsReportType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly unitId: string,
  ) {
    super();
  }
}
