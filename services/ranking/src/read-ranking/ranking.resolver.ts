import { Args, ID, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { RankingRowType } from './ranking.types';
import { CycleEntity, UnitEntity } from './ranking.entities';
import { ViewerRankingQuery } from './ranking.query';

@Resolver()
export class RankingResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => [RankingRowType], {
    description:
      'Bảng xếp hạng theo quyền người xem: tạm thời với Sở Nội vụ và Tổ thẩm định, chính thức (mới nhất) với người khác; rỗng trước khi công bố',
    deprecationReason: 'Name the kind: provisionalRanking(cycleId) or officialRanking(cycleId, version)',
  })
  ranking(@Ctx() ctx: RequestContext, @Args('cycleId', { type: () => ID }) cycleId: string): Promise<RankingRowType[]> {
    return this.queries.execute(new ViewerRankingQuery(ctx, cycleId));
  }
}

/** `Unit.rank(cycleId)`: the unit's row of the cycle's ranking, joined by the gateway to the frameworks `Unit`. */
@Resolver(() => UnitEntity)
export class UnitRankResolver {
  constructor(private readonly queries: QueryBus) {}

  @ResolveReference()
  resolveReference(ref: { id: string }): UnitEntity {
    return { id: ref.id };
  }

  @ResolveField(() => RankingRowType, {
    nullable: true,
    description:
      'Kết quả của đơn vị trong kỳ: tạm thời với Sở Nội vụ, Tổ thẩm định và chính đơn vị; chính thức (mới nhất) với người khác; null khi chưa có',
  })
  async rank(
    @Ctx() ctx: RequestContext,
    @Parent() unit: UnitEntity,
    @Args('cycleId', { type: () => ID }) cycleId: string,
  ): Promise<RankingRowType | null> {
    const rows: RankingRowType[] = await this.queries.execute(new ViewerRankingQuery(ctx, cycleId, unit.id));
    return rows[0] ?? null;
  }
}

/** `Cycle.ranking`: the cycle's ranking as the viewer may see it, joined by the gateway to the frameworks `Cycle`. */
@Resolver(() => CycleEntity)
export class CycleRankingResolver {
  constructor(private readonly queries: QueryBus) {}

  @ResolveReference()
  resolveReference(ref: { id: string }): CycleEntity {
    return { id: ref.id };
  }

  @ResolveField(() => [RankingRowType], {
    description: 'Bảng xếp hạng của kỳ theo quyền người xem (tạm thời hoặc chính thức mới nhất, như ranking)',
  })
  ranking(@Ctx() ctx: RequestContext, @Parent() cycle: CycleEntity): Promise<RankingRowType[]> {
    return this.queries.execute(new ViewerRankingQuery(ctx, cycle.id));
  }
}
