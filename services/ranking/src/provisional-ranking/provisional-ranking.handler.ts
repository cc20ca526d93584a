import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertAllowed, isAllowed, READ_PROVISIONAL_RANKING } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { ProvisionalRankingQuery } from './provisional-ranking.query';
import { readRankingRows } from '../read-ranking/read-ranking-rows';

/**
 * The provisional (live) ranking: every row for the DHA and appraisers; for a unit officer only their own unit's
 * row (its preliminary result); FORBIDDEN for everybody else (they read official versions).
 */
@QueryHandler(ProvisionalRankingQuery)
export class ProvisionalRankingHandler implements IQueryHandler<ProvisionalRankingQuery> {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async execute({ ctx, cycleId }: ProvisionalRankingQuery) {
    const everyUnit = isAllowed(ctx.actor, READ_PROVISIONAL_RANKING);
    // not every unit: the policy must at least allow the actor's own unit (the token's unit, if any)
    if (!everyUnit) assertAllowed(ctx, READ_PROVISIONAL_RANKING, ctx.actor.unitId ? { unitId: ctx.actor.unitId } : undefined);
    const rows = await this.runtime.db.withProvince(ctx.province, (tx) => readRankingRows(tx, ctx.province, cycleId));
    return everyUnit ? rows : rows.filter((r) => isAllowed(ctx.actor, READ_PROVISIONAL_RANKING, { unitId: r.unitId }));
  }
}
