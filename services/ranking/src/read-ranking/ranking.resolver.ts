import { Inject } from '@nestjs/common';
import { Args, ID, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@par/kernel';
import { Ctx, SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { RankingRowType } from './ranking.types';
import { CycleEntity, UnitEntity } from './ranking.entities';
import { readRankingRows } from './read-ranking-rows';

@Resolver()
export class RankingResolver {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @Query(() => [RankingRowType], { description: 'Bảng xếp hạng Chỉ số CCHC của một kỳ đánh giá' })
  ranking(@Ctx() ctx: RequestContext, @Args('cycleId', { type: () => ID }) cycleId: string): Promise<RankingRowType[]> {
    return this.runtime.db.withProvince(ctx.province, (tx) => readRankingRows(tx, ctx.province, cycleId));
  }
}

/** `Unit.rank(cycleId)`: the unit's row of the cycle's ranking, joined by the gateway to the frameworks `Unit`. */
@Resolver(() => UnitEntity)
export class UnitRankResolver {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @ResolveReference()
  resolveReference(ref: { id: string }): UnitEntity {
    return { id: ref.id };
  }

  @ResolveField(() => RankingRowType, {
    nullable: true,
    description: 'Thứ hạng, tổng điểm, điểm tối đa, chỉ số (%) và xếp loại của đơn vị trong kỳ (null khi chưa xếp hạng)',
  })
  rank(
    @Ctx() ctx: RequestContext,
    @Parent() unit: UnitEntity,
    @Args('cycleId', { type: () => ID }) cycleId: string,
  ): Promise<RankingRowType | null> {
    return this.runtime.db.withProvince(ctx.province, async (tx) => (await readRankingRows(tx, ctx.province, cycleId, unit.id))[0] ?? null);
  }
}

/** `Cycle.ranking`: the cycle's ranking, joined by the gateway to the frameworks `Cycle`. */
@Resolver(() => CycleEntity)
export class CycleRankingResolver {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @ResolveReference()
  resolveReference(ref: { id: string }): CycleEntity {
    return { id: ref.id };
  }

  @ResolveField(() => [RankingRowType], { description: 'Bảng xếp hạng của kỳ' })
  ranking(@Ctx() ctx: RequestContext, @Parent() cycle: CycleEntity): Promise<RankingRowType[]> {
    return this.runtime.db.withProvince(ctx.province, (tx) => readRankingRows(tx, ctx.province, cycle.id));
  }
}
