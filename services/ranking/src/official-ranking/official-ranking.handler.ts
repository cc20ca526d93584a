import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, READ_OFFICIAL_RANKING } from '@par/auth';
import { NotFoundError } from '@par/kernel';
import { OfficialRankingQuery } from './official-ranking.query';
import { RANKING_STORE } from '../ranking.tokens';
import { readOfficialVersions, toOfficialRanking } from '../official-versions/official-versions';

/** An official version of a cycle's ranking (the latest when none is named), exactly as published; null before publication. */
@QueryHandler(OfficialRankingQuery)
export class OfficialRankingHandler implements IQueryHandler<OfficialRankingQuery> {
  constructor(@Inject(RANKING_STORE) private readonly store: EventStore) {}

  async execute({ ctx, cycleId, version }: OfficialRankingQuery) {
    assertAllowed(ctx, READ_OFFICIAL_RANKING);
    const versions = await readOfficialVersions(this.store, ctx.province, cycleId);
    if (versions.length === 0) return null;
    const chosen = version === null ? versions.at(-1)! : versions.find((v) => v.version.version === version);
    if (!chosen) {
      throw new NotFoundError(
        'RANKING_VERSION_NOT_FOUND',
        `Kỳ đánh giá không có phiên bản xếp hạng chính thức số ${version} (hiện có ${versions.length} phiên bản).`,
        `Cycle ${cycleId} has official versions 1..${versions.length}; asked for ${version}`,
      );
    }
    return toOfficialRanking(cycleId, chosen, versions.length);
  }
}
