import { Args, ID, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import type { RequestContext } from '@par/kernel';
import { Ctx, SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { listRegistryUnits } from '@par/frameworks-catalog';
import { checkDate } from '@par/frameworks-domain';
import { UnitKind } from '../unit-registry/unit-kind.enum';
import { toUnitType } from '../unit-registry/to-unit-type';
import { CycleType, UnitType } from './catalog.types';
import { FRAMEWORKS_SCHEMA } from '../frameworks.tokens';

@Resolver()
export class CatalogResolver {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @Query(() => [UnitType], { description: 'Đơn vị của tỉnh; asOf (YYYY-MM-DD): chỉ các đơn vị có hiệu lực vào ngày đó, tên theo ngày đó' })
  units(
    @Ctx() ctx: RequestContext,
    @Args('asOf', { type: () => String, nullable: true }) asOf?: string | null,
    @Args('unitType', { type: () => UnitKind, nullable: true }) unitType?: UnitKind | null,
  ): Promise<UnitType[]> {
    if (asOf) checkDate('asOf', 'Ngày xem danh mục', asOf);
    return this.runtime.db.withProvince(ctx.province, async (tx) =>
      (await listRegistryUnits(tx, FRAMEWORKS_SCHEMA, ctx.province, { asOf: asOf ?? null, kind: unitType ?? null })).map(toUnitType),
    );
  }

  @Query(() => UnitType, { nullable: true, description: 'Một đơn vị (tên hiện hành), với các đơn vị trước và sau nó' })
  unit(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<UnitType | null> {
    return this.runtime.db.withProvince(ctx.province, async (tx) => {
      const [u] = await listRegistryUnits(tx, FRAMEWORKS_SCHEMA, ctx.province, { unitId: id });
      return u ? toUnitType(u) : null;
    });
  }

  @Query(() => [CycleType], { description: 'Các kỳ đánh giá của tỉnh' })
  cycles(@Ctx() ctx: RequestContext): Promise<CycleType[]> {
    return this.runtime.db.withProvince(ctx.province, async (tx) => {
      const { rows } = await tx.query<CycleType>(
        `SELECT cycle_id AS id, name, year, unit_type AS "unitType", framework_id AS "frameworkId", framework_version AS "frameworkVersion",
                reference_date AS "referenceDate"
           FROM ${FRAMEWORKS_SCHEMA}.catalog_cycles WHERE province = $1 ORDER BY year DESC, cycle_id`,
        [ctx.province],
      );
      return rows;
    });
  }
}

@Resolver(() => UnitType)
export class UnitReferenceResolver {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @ResolveReference()
  async resolveReference(ref: { id: string }, context: { ctx?: RequestContext }): Promise<UnitType | null> {
    if (!context.ctx) return null;
    const province = context.ctx.province;
    return this.runtime.db.withProvince(province, async (tx) => {
      const [u] = await listRegistryUnits(tx, FRAMEWORKS_SCHEMA, province, { unitId: ref.id });
      return u ? toUnitType(u) : null;
    });
  }
}
