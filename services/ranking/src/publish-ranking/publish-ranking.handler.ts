import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, PUBLISH_RANKING } from '@par/auth';
import { rankingPublicationDecider, rankingPublicationStreamId } from '@par/ranking-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { PublishRankingCommand } from './publish-ranking.command';
import { RANKING_STORE } from '../ranking.tokens';
import { publicationSnapshot } from '../publication-snapshot/publication-snapshot';
import { readOfficialVersions, toOfficialRanking } from '../official-versions/official-versions';

/** Publication by decision: the DHA fixes the provisional ranking as official version 1 (every unit final). */
@CommandHandler(PublishRankingCommand)
export class PublishRankingHandler implements ICommandHandler<PublishRankingCommand> {
  constructor(
    @Inject(RANKING_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: PublishRankingCommand) {
    assertAllowed(ctx, PUBLISH_RANKING);
    const snapshot = await publicationSnapshot(this.runtime.db, ctx, input.cycleId);
    const now = this.runtime.now();
    await runDecision({
      store: this.store,
      decider: rankingPublicationDecider,
      streamId: rankingPublicationStreamId(ctx.province, input.cycleId),
      command: {
        type: 'PublishRanking',
        data: {
          cycleId: input.cycleId,
          decision: { number: input.decisionNumber, date: input.decisionDate, signer: input.signer ?? null },
          now: now.toISOString(),
          ...snapshot,
        },
      },
      ctx,
      now,
      ...(input.expectedVersion != null && { expectedVersion: input.expectedVersion }),
    });
    const versions = await readOfficialVersions(this.store, ctx.province, input.cycleId);
    return toOfficialRanking(input.cycleId, versions.at(-1)!, versions.length);
  }
}
