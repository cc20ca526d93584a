import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { LostPointsReportType } from './lost-points-report.type';
import { LostPointsReportQuery } from './lost-points-report.query';

@Resolver()
export class LostPointsReportResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => LostPointsReportType, { description: 'Báo cáo các tiêu chí bị mất điểm của một đơn vị, kèm lý do thẩm định' })
  lostPointsReport(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('unitId', { type: () => ID }) unitId: string,
  ) {
    return this.queries.execute(new LostPointsReportQuery(ctx, cycleId, unitId));
  }
}
