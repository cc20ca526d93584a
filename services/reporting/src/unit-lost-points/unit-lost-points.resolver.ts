import { Args, ID, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { UnitEntity, UnitLostPointsType } from './unit-lost-points.type';
import { UnitLostPointsQuery } from './unit-lost-points.query';

/** `Unit.lostPoints`, joined by the gateway to the frameworks `Unit`. */
@Resolver(() => UnitEntity)
export class UnitLostPointsResolver {
  constructor(private readonly queries: QueryBus) {}

  @ResolveReference()
  resolveReference(ref: { id: string }): UnitEntity {
    return { id: ref.id };
  }

  @ResolveField(() => UnitLostPointsType, { nullable: true, description: 'Điểm bị mất của đơn vị trong kỳ, theo lĩnh vực và phòng/sở' })
  lostPoints(@Ctx() ctx: RequestContext, @Parent() unit: UnitEntity, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return this.queries.execute(new UnitLostPointsQuery(ctx, cycleId, unit.id));
  }
}
