import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, PUBLISH_RANKING } from '@par/auth';
import { rankingPublicationDecider, rankingPublicationStreamId } from '@par/ranking-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { CorrectRankingCommand } from './correct-ranking.command';
import { RANKING_STORE } from '../ranking.tokens';
import { publicationSnapshot } from '../publication-snapshot/publication-snapshot';
import { readOfficialVersions, toOfficialRanking } from '../official-versions/official-versions';

/** A correction after publication: a new decision with a reason makes the next official version from the provisional ranking. */
@CommandHandler(CorrectRankingCommand)
export class CorrectRankingHandler implements ICommandHandler<CorrectRankingCommand> {
  constructor(
    @Inject(RANKING_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: CorrectRankingCommand) {
    assertAllowed(ctx, PUBLISH_RANKING);
    const snapshot = await publicationSnapshot(this.runtime.db, ctx, input.cycleId);
    const now = this.runtime.now();
    await runDecision({
      store: this.store,
      decider: rankingPublicationDecider,
      streamId: rankingPublicationStreamId(ctx.province, input.cycleId),
      command: {
        type: 'CorrectRanking',
        data: {
          cycleId: input.cycleId,
          decision: { number: input.decisionNumber ?? null, date: input.decisionDate ?? null, signer: input.signer ?? null },
          reason: input.reason,
          now: now.toISOString(),
          ...snapshot,
        },
      },
      ctx,
      now,
      reason: input.reason.trim() || null,
      ...(input.expectedVersion != null && { expectedVersion: input.expectedVersion }),
    });
    const versions = await readOfficialVersions(this.store, ctx.province, input.cycleId);
    return toOfficialRanking(input.cycleId, versions.at(-1)!, versions.length);
  }
}
