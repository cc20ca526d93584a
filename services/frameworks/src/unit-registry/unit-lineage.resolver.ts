import { Inject } from '@nestjs/common';
import { Field, Float, ID, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@par/kernel';
import { Ctx, SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { lineageOf, listUnitLineage } from '@par/frameworks-catalog';
import { UnitType } from '../read-catalog/catalog.types';
import { FRAMEWORKS_SCHEMA } from '../frameworks.tokens';

@ObjectType('UnitLineageLink', { description: 'Một bước trong lịch sử hình thành đơn vị (sáp nhập, chia tách)' })
export class UnitLineageLinkType {
  @Field(() => ID) unitId!: string;
  @Field({ description: 'merged | split' }) kind!: string;
  @Field({ description: 'Ngày có hiệu lực (YYYY-MM-DD)' }) effectiveDate!: string;
  @Field({ description: 'Số quyết định / nghị quyết' }) decisionNumber!: string;
  @Field(() => String, { nullable: true }) decisionDate!: string | null;
  @Field(() => Float, { nullable: true, description: 'Tỷ lệ (0–1) khi chia tách, nếu biết' }) share!: number | null;
  @Field({ description: '1 = trực tiếp; 2 = của đơn vị trước/sau đó; …' }) depth!: number;
}

/** `Unit.predecessors` / `Unit.successors`, transitively through the catalog's lineage. */
@Resolver(() => UnitType)
export class UnitLineageResolver {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  private links(ctx: RequestContext, unitId: string, direction: 'predecessors' | 'successors'): Promise<UnitLineageLinkType[]> {
    return this.runtime.db.withProvince(ctx.province, async (tx) =>
      lineageOf(await listUnitLineage(tx, FRAMEWORKS_SCHEMA, ctx.province), unitId, direction).map((l) => ({
        unitId: l.unitId,
        kind: l.kind,
        effectiveDate: l.effectiveDate,
        decisionNumber: l.decision.number,
        decisionDate: l.decision.date,
        share: l.share,
        depth: l.depth,
      })),
    );
  }

  @ResolveField(() => [UnitLineageLinkType], { description: 'Các đơn vị trước đây đã hợp thành đơn vị này' })
  predecessors(@Ctx() ctx: RequestContext, @Parent() unit: UnitType) {
    return this.links(ctx, unit.id, 'predecessors');
  }

  @ResolveField(() => [UnitLineageLinkType], { description: 'Các đơn vị hình thành từ đơn vị này' })
  successors(@Ctx() ctx: RequestContext, @Parent() unit: UnitType) {
    return this.links(ctx, unit.id, 'successors');
  }
}
