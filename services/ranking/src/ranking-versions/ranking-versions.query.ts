import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { RankingVersionType } from '../official-versions/official-version.types';

export class RankingVersionsQuery extends Query<RankingVersionType[]> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
  ) {
    super();
  }
}
