import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { RankingRowType } from './ranking.types';

/** The ranking as the viewer may see it (`ranking`, `Cycle.ranking`, `Unit.rank`); one unit's row when `unitId` is set. */
export class ViewerRankingQuery extends Query<RankingRowType[]> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly unitId?: string,
  ) {
    super();
  }
}
