import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@par/kernel';
import { Ctx, SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { RankingRowType } from './ranking.types';
import { RANKING_SCHEMA } from '../ranking.tokens';

@Resolver()
export class RankingResolver {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @Query(() => [RankingRowType], { description: 'Bảng xếp hạng Chỉ số CCHC của một kỳ đánh giá' })
  ranking(@Ctx() ctx: RequestContext, @Args('cycleId', { type: () => ID }) cycleId: string): Promise<RankingRowType[]> {
    return this.runtime.db.withProvince(ctx.province, async (tx) => {
      const { rows } = await tx.query<{
        unit_id: string;
        unit_name: string;
        total: string;
        max_points: string;
        index_percent: string;
        rank: number;
        class_code: string | null;
        class_label: string | null;
        components: RankingRowType['components'];
      }>(`SELECT * FROM ${RANKING_SCHEMA}.results WHERE cycle_id = $1 ORDER BY rank, unit_id`, [cycleId]);
      return rows.map((r) => ({
        rank: r.rank,
        unitId: r.unit_id,
        unitName: r.unit_name,
        total: Number(r.total),
        maxPoints: Number(r.max_points),
        indexPercent: Number(r.index_percent),
        classCode: r.class_code,
        classLabel: r.class_label,
        components: r.components,
      }));
    });
  }
}
