import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { OfficialRankingType } from '../official-versions/official-version.types';

export class OfficialRankingQuery extends Query<OfficialRankingType | null> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    /** Null: the latest official version. */
    readonly version: number | null,
  ) {
    super();
  }
}
