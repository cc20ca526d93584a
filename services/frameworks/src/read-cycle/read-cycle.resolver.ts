import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { CycleType, FrameworkVersionType, UnitType } from '../read-catalog/catalog.types';
import { FrameworkTreeQuery } from '../framework-tree/framework-tree.query';
import { CycleNowType } from './cycle-now.type';
import { CycleNowQuery, CycleUnitsQuery, ReadCycleQuery } from './read-cycle.query';

@Resolver(() => CycleType)
export class ReadCycleResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => CycleType, { nullable: true, description: 'Một kỳ đánh giá: các giai đoạn, giai đoạn hiện tại, phiên bản bộ tiêu chí' })
  cycle(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.queries.execute(new ReadCycleQuery(ctx, id));
  }

  @ResolveField(() => CycleNowType, { description: 'Phases, the current phase and the scheduled phase as of now' })
  schedule(@Ctx() ctx: RequestContext, @Parent() cycle: CycleType) {
    return this.queries.execute(new CycleNowQuery(ctx, cycle.id));
  }

  @ResolveField(() => FrameworkVersionType, { nullable: true, description: 'The pinned framework version (whole tree)' })
  pinnedFramework(@Ctx() ctx: RequestContext, @Parent() cycle: CycleType) {
    return this.queries.execute(new FrameworkTreeQuery(ctx, cycle.frameworkId, cycle.frameworkVersion));
  }

  @ResolveField(() => [UnitType], { description: 'Units assessed: the registry’s of the cycle’s unit type as of its reference date' })
  units(@Ctx() ctx: RequestContext, @Parent() cycle: CycleType) {
    return this.queries.execute(new CycleUnitsQuery(ctx, cycle));
  }
}
