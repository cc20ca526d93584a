import { Args, ID, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType, ItemScoreType } from '../assessment-scores/assessment-scores.type';
import { UnitAssessmentQuery } from './unit-assessment.query';
import { UnitEntity } from './unit.entity';

@Resolver()
export class UnitAssessmentResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => AssessmentType, { description: 'Kết quả tự đánh giá và thẩm định hiện tại của một đơn vị trong kỳ' })
  assessment(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('unitId', { type: () => ID }) unitId: string,
  ) {
    return this.queries.execute(new UnitAssessmentQuery(ctx, cycleId, unitId));
  }
}

/** `Unit.assessment` and `Unit.scores`: the unit's current assessment, joined by the gateway to the frameworks `Unit`. */
@Resolver(() => UnitEntity)
export class UnitAssessmentFieldsResolver {
  constructor(private readonly queries: QueryBus) {}

  @ResolveReference()
  resolveReference(ref: { id: string }): UnitEntity {
    return { id: ref.id };
  }

  @ResolveField(() => AssessmentType, { nullable: true, description: 'Kết quả tự đánh giá và thẩm định của đơn vị trong kỳ' })
  assessment(@Ctx() ctx: RequestContext, @Parent() unit: UnitEntity, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return this.queries.execute(new UnitAssessmentQuery(ctx, cycleId, unit.id));
  }

  @ResolveField(() => [ItemScoreType], { nullable: true, description: 'Điểm tự đánh giá và thẩm định từng tiêu chí trong kỳ' })
  async scores(@Ctx() ctx: RequestContext, @Parent() unit: UnitEntity, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return (await this.queries.execute(new UnitAssessmentQuery(ctx, cycleId, unit.id))).scores;
  }
}
