import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { isAllowed, READ_OFFICIAL_RANKING, READ_PROVISIONAL_RANKING } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { ViewerRankingQuery } from './ranking.query';
import { readRankingRows } from './read-ranking-rows';
import { RANKING_STORE } from '../ranking.tokens';
import { officialRow, readOfficialVersions } from '../official-versions/official-versions';

/**
 * The ranking a viewer sees where the API does not name the kind: the provisional one where READ_PROVISIONAL_RANKING
 * allows it (the DHA and appraisers for every unit, an officer for their own unit's row), else the latest official
 * version where READ_OFFICIAL_RANKING allows it (nothing before publication), else nothing.
 */
@QueryHandler(ViewerRankingQuery)
export class ViewerRankingHandler implements IQueryHandler<ViewerRankingQuery> {
  constructor(
    @Inject(RANKING_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, cycleId, unitId }: ViewerRankingQuery) {
    if (isAllowed(ctx.actor, READ_PROVISIONAL_RANKING, unitId === undefined ? undefined : { unitId })) {
      return this.runtime.db.withProvince(ctx.province, (tx) => readRankingRows(tx, ctx.province, cycleId, unitId));
    }
    if (!isAllowed(ctx.actor, READ_OFFICIAL_RANKING)) return [];
    const latest = (await readOfficialVersions(this.store, ctx.province, cycleId)).at(-1);
    if (!latest) return [];
    return latest.rows
      .filter((r) => unitId === undefined || r.unitId === unitId)
      .map((r) => officialRow(cycleId, latest.version.version, r));
  }
}
