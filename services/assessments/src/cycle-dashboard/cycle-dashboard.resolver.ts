import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { CycleDashboardType } from './cycle-dashboard.type';
import { CycleDashboardQuery } from './cycle-dashboard.query';

@Resolver()
export class CycleDashboardResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => CycleDashboardType, { description: 'Bảng theo dõi kỳ đánh giá của tỉnh (Sở Nội vụ): đơn vị theo trạng thái' })
  cycleDashboard(@Ctx() ctx: RequestContext, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return this.queries.execute(new CycleDashboardQuery(ctx, cycleId));
  }
}
