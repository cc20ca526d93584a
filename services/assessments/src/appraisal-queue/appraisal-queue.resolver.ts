import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { UnitProgressType } from '../unit-progress/unit-progress.type';
import { AppraisalQueueQuery } from './appraisal-queue.query';

@Resolver()
export class AppraisalQueueResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => [UnitProgressType], { description: 'Danh sách đơn vị được phân công cho người thẩm định, kèm trạng thái và tiến độ' })
  myAppraisalQueue(@Ctx() ctx: RequestContext, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return this.queries.execute(new AppraisalQueueQuery(ctx, cycleId));
  }
}
