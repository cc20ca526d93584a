import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AppraisalAssignmentsType } from '../assignments/assignments.type';
import { AppraisalAssignmentsQuery } from './appraisal-assignments.query';

@Resolver()
export class AppraisalAssignmentsResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => AppraisalAssignmentsType, { description: 'Phân công thẩm định của kỳ: người thẩm định của từng đơn vị' })
  appraisalAssignments(@Ctx() ctx: RequestContext, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return this.queries.execute(new AppraisalAssignmentsQuery(ctx, cycleId));
  }
}
