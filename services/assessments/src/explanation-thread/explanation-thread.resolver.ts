import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { ExplanationThreadType } from '../assessment-scores/explanation-thread.type';
import { ExplanationThreadQuery } from './explanation-thread.query';

@Resolver()
export class ExplanationThreadResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => ExplanationThreadType, {
    description: 'Luồng giải trình của một tiêu chí: giải trình của đơn vị và quyết định của người thẩm định',
  })
  explanationThread(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('code') code: string,
  ) {
    return this.queries.execute(new ExplanationThreadQuery(ctx, cycleId, unitId, code));
  }
}
