import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, READ_OFFICIAL_RANKING } from '@par/auth';
import { RankingVersionsQuery } from './ranking-versions.query';
import { RANKING_STORE } from '../ranking.tokens';
import { readOfficialVersions } from '../official-versions/official-versions';

/** Every official version of a cycle's ranking, oldest first: decision, reason, when and by whom. */
@QueryHandler(RankingVersionsQuery)
export class RankingVersionsHandler implements IQueryHandler<RankingVersionsQuery> {
  constructor(@Inject(RANKING_STORE) private readonly store: EventStore) {}

  async execute({ ctx, cycleId }: RankingVersionsQuery) {
    assertAllowed(ctx, READ_OFFICIAL_RANKING);
    return (await readOfficialVersions(this.store, ctx.province, cycleId)).map((v) => v.version);
  }
}
