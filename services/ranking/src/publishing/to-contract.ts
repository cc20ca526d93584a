import { contractMessage, type StoredEvent } from '@par/event-store';
import type { OutgoingMessage } from '@par/messaging';
import { RANKING_TOPIC, type OfficialRankingRowV1, type RankingCorrectedV1, type RankingPublishedV1 } from '@par/ranking-contracts';
import type { RankingPublicationEvent, RankingSnapshotRow } from '@par/ranking-domain';

/** Internal publication event → published contract v1 on `par.ranking.v1` (the rows exactly as fixed in the event). */
export function toRankingContract(e: StoredEvent): OutgoingMessage | null {
  const ev = { type: e.type, data: e.data } as RankingPublicationEvent;
  const common = {
    version: 1 as const,
    eventId: e.id,
    province: e.province,
    cycleId: ev.data.cycleId,
    rankingVersion: ev.data.rankingVersion,
    decision: { number: ev.data.decision.number, date: ev.data.decision.date, signer: ev.data.decision.signer ?? null },
    rows: ev.data.rows.map(toRow),
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

/** A stored row → the published row, field by field (ADR 0025): whatever else a stored row carries stays inside. */
function toRow(r: RankingSnapshotRow): OfficialRankingRowV1 {
  return {
    unitId: r.unitId,
    unitName: r.unitName,
    rank: r.rank,
    total: r.total,
    maxPoints: r.maxPoints,
    indexPercent: r.indexPercent,
    classCode: r.classCode,
    classLabel: r.classLabel,
    ...(r.classNote !== undefined && { classNote: r.classNote }),
    components: r.components.map((c) => ({ code: c.code, name: c.name, points: c.points, maxPoints: c.maxPoints })),
    unscoredItems: r.unscoredItems,
    unscoredMaxPoints: r.unscoredMaxPoints,
    scoringStatus: r.scoringStatus,
  };
}
