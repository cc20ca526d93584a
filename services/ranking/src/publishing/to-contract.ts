import { contractMessage, type StoredEvent } from '@par/event-store';
import type { OutgoingMessage } from '@par/messaging';
import { RANKING_TOPIC, type RankingCorrectedV1, type RankingPublishedV1 } from '@par/ranking-contracts';
import type { RankingPublicationEvent } from '@par/ranking-domain';

/** Internal publication event → published contract v1 on `par.ranking.v1` (the rows exactly as fixed in the event). */
export function toRankingContract(e: StoredEvent): OutgoingMessage | null {
  const ev = { type: e.type, data: e.data } as RankingPublicationEvent;
  const common = {
    version: 1 as const,
    eventId: e.id,
    province: e.province,
    cycleId: ev.data.cycleId,
    rankingVersion: ev.data.rankingVersion,
    decision: { ...ev.data.decision },
    rows: ev.data.rows.map((r) => ({ ...r, components: r.components.map((c) => ({ ...c })) })),
    actor: { id: e.actor.id, name: e.actor.name ?? null, roles: e.actor.roles },
    occurredAt: e.occurredAt,
    streamVersion: e.streamVersion,
  };
  switch (ev.type) {
    case 'RankingPublished': {
      const value: RankingPublishedV1 = { type: 'RankingPublished', ...common, publishedAt: ev.data.publishedAt };
      return contractMessage(RANKING_TOPIC, e, value);
    }
    case 'RankingCorrected': {
      const value: RankingCorrectedV1 = {
        type: 'RankingCorrected',
        ...common,
        reason: ev.data.reason,
        correctsVersion: ev.data.correctsVersion,
        correctedAt: ev.data.correctedAt,
      };
      return contractMessage(RANKING_TOPIC, e, value);
    }
    default:
      return null;
  }
}
