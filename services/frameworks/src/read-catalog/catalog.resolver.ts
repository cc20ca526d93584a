import { Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import type { RequestContext } from '@par/kernel';
import { Ctx, SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { listUnits, findUnit } from '@par/frameworks-catalog';
import { CycleType, UnitType } from './catalog.types';
import { FRAMEWORKS_SCHEMA } from '../frameworks.tokens';

@Resolver()
export class CatalogResolver {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @Query(() => [UnitType], { description: 'Đơn vị của tỉnh' })
  units(@Ctx() ctx: RequestContext): Promise<UnitType[]> {
    return this.runtime.db.withProvince(ctx.province, async (tx) =>
      (await listUnits(tx, FRAMEWORKS_SCHEMA, ctx.province)).map((u) => ({
        id: u.unitId,
        name: u.name,
        unitType: u.unitType,
        parentUnitId: u.parentUnitId,
      })),
    );
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
    return this.runtime.db.withProvince(context.ctx.province, async (tx) => {
      const u = await findUnit(tx, FRAMEWORKS_SCHEMA, context.ctx!.province, ref.id);
      return u ? { id: u.unitId, name: u.name, unitType: u.unitType, parentUnitId: u.parentUnitId } : null;
    });
  }
}
