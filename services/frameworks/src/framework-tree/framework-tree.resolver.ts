import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { FrameworkVersionType } from '../read-catalog/catalog.types';
import { FrameworkTreeQuery } from './framework-tree.query';

@Resolver()
export class FrameworkTreeResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => FrameworkVersionType, {
    nullable: true,
    description: 'Một phiên bản bộ tiêu chí, đủ cây lĩnh vực → tiêu chí → tiêu chí thành phần',
  })
  framework(
    @Ctx() ctx: RequestContext,
    @Args('frameworkId') frameworkId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<FrameworkVersionType | null> {
    return this.queries.execute(new FrameworkTreeQuery(ctx, frameworkId, version));
  }

  @Query(() => FrameworkVersionType, { nullable: true, description: 'Bản dự thảo của bộ tiêu chí (version 0), nếu có' })
  frameworkDraft(
    @Ctx() ctx: RequestContext,
    @Args('frameworkId', { type: () => ID }) frameworkId: string,
  ): Promise<FrameworkVersionType | null> {
    return this.queries.execute(new FrameworkTreeQuery(ctx, frameworkId, null));
  }
}
