import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { FrameworkDiffType } from './framework-diff.types';
import { FrameworkDiffQuery } from './framework-diff.query';

@Resolver()
export class FrameworkDiffResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => FrameworkDiffType, { description: 'Khác biệt giữa hai phiên bản: nút thêm, bớt, thay đổi (cũ → mới)' })
  frameworkDiff(
    @Ctx() ctx: RequestContext,
    @Args('frameworkId', { type: () => ID }) frameworkId: string,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
  ) {
    return this.queries.execute(new FrameworkDiffQuery(ctx, frameworkId, fromVersion, toVersion));
  }
}
