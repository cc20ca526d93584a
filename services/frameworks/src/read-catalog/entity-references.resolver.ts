import { Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import type { RequestContext } from '@par/kernel';
import { Ctx, SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { findCycle, findFramework, type CatalogCycle, type CatalogFramework } from '@par/frameworks-catalog';
import { CycleType, FrameworkVersionType, ScoringItemType } from './catalog.types';
import { FRAMEWORKS_SCHEMA } from '../frameworks.tokens';

/**
 * The frameworks subgraph owns the federated entities `Unit` (key `id`), `FrameworkVersion` (`frameworkId version`),
 * `ScoringItem` (the scored criterion or sub-criterion, `frameworkId frameworkVersion code`) and `Cycle` (`id`).
 * The province is never part of a key: every reference is read with the request's province (from the token),
 * so a representation naming another province's id resolves to null. Other subgraphs extend these types.
 */
type EntityContext = { ctx?: RequestContext };

const toCycle = (c: CatalogCycle): CycleType => ({
  id: c.cycleId,
  name: c.name,
  year: c.year,
  unitType: c.unitType,
  frameworkId: c.frameworkId,
  frameworkVersion: c.frameworkVersion,
});
const toFramework = (f: CatalogFramework): FrameworkVersionType => ({ ...f, version: f.frameworkVersion, totalMaxPoints: f.totalMax });

@Resolver(() => CycleType)
export class CycleEntityResolver {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @ResolveReference()
  resolveReference(ref: { id: string }, { ctx }: EntityContext): Promise<CycleType | null> | null {
    if (!ctx) return null;
    return this.runtime.db.withProvince(ctx.province, async (tx) => {
      const c = await findCycle(tx, FRAMEWORKS_SCHEMA, ctx.province, ref.id);
      return c ? toCycle(c) : null;
    });
  }

  @ResolveField(() => FrameworkVersionType, { nullable: true, description: 'Phiên bản bộ tiêu chí của kỳ' })
  framework(@Ctx() ctx: RequestContext, @Parent() cycle: CycleType): Promise<FrameworkVersionType | null> {
    return this.runtime.db.withProvince(ctx.province, async (tx) => {
      const f = await findFramework(tx, FRAMEWORKS_SCHEMA, ctx.province, cycle.frameworkId, cycle.frameworkVersion);
      return f ? toFramework(f) : null;
    });
  }
}

@Resolver(() => FrameworkVersionType)
export class FrameworkEntityResolver {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @ResolveReference()
  resolveReference(ref: { frameworkId: string; version: number }, { ctx }: EntityContext): Promise<FrameworkVersionType | null> | null {
    if (!ctx) return null;
    return this.runtime.db.withProvince(ctx.province, async (tx) => {
      const f = await findFramework(tx, FRAMEWORKS_SCHEMA, ctx.province, ref.frameworkId, Number(ref.version));
      return f ? toFramework(f) : null;
    });
  }

  /** The items carry their framework's key fields, so each is a resolvable `ScoringItem` entity. */
  @ResolveField(() => [ScoringItemType])
  items(@Parent() f: FrameworkVersionType): ScoringItemType[] {
    return f.items.map((i) => ({ ...i, frameworkId: f.frameworkId, frameworkVersion: f.version }));
  }
}

@Resolver(() => ScoringItemType)
export class ScoringItemEntityResolver {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @ResolveReference()
  resolveReference(
    ref: { frameworkId: string; frameworkVersion: number; code: string },
    { ctx }: EntityContext,
  ): Promise<ScoringItemType | null> | null {
    if (!ctx) return null;
    return this.runtime.db.withProvince(ctx.province, async (tx) => {
      const f = await findFramework(tx, FRAMEWORKS_SCHEMA, ctx.province, ref.frameworkId, Number(ref.frameworkVersion));
      const item = f?.items.find((i) => i.code === ref.code);
      return item && f ? { ...item, frameworkId: f.frameworkId, frameworkVersion: f.frameworkVersion } : null;
    });
  }
}
