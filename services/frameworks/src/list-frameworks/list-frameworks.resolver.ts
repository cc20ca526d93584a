import { Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { FrameworkSummaryType } from '../framework-definition/framework-summary.types';
import { ListFrameworksQuery } from './list-frameworks.query';

@Resolver()
export class ListFrameworksResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => [FrameworkSummaryType], { description: 'Các bộ tiêu chí của tỉnh, các phiên bản và bản dự thảo' })
  frameworks(@Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListFrameworksQuery(ctx));
  }
}
