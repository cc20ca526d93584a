import type { EventStore } from '@par/event-store';
import type { ProvinceId } from '@par/kernel';
import { rankingPublicationStreamId, type RankingPublicationEvent, type RankingSnapshotRow } from '@par/ranking-domain';
import { lostOnScored, RankingKind, ScoringStatus, type RankingRowType } from '../read-ranking/ranking.types';
import { RankingVersionKind, type OfficialRankingType, type RankingVersionType } from './official-version.types';

/** One official version as read from the publication stream: its metadata and its rows as fixed in the event. */
export interface OfficialVersion {
  readonly version: RankingVersionType;
  readonly rows: readonly RankingSnapshotRow[];
}

/**
 * Every official version of a cycle, oldest first, read from its publication stream (the event store is the record:
 * a version's rows are those of its event, never recomputed).
 */
export async function readOfficialVersions(store: EventStore, province: ProvinceId, cycleId: string): Promise<OfficialVersion[]> {
  const events = await store.readStream(province, rankingPublicationStreamId(province, cycleId));
  return events.map((e) => {
    const ev = { type: e.type, data: e.data } as RankingPublicationEvent;
    const corrected = ev.type === 'RankingCorrected' ? ev.data : null;
    return {
      rows: ev.data.rows,
      version: {
        version: ev.data.rankingVersion,
        kind: corrected ? RankingVersionKind.CORRECTED : RankingVersionKind.PUBLISHED,
        decisionNumber: ev.data.decision.number,
        decisionDate: ev.data.decision.date,
        signer: ev.data.decision.signer,
        reason: corrected?.reason ?? null,
        correctsVersion: corrected?.correctsVersion ?? null,
        publishedAt: e.occurredAt,
        publishedById: e.actor.id,
        publishedByName: e.actor.name ?? null,
        hash: e.hash,
      },
    };
  });
}

/** A snapshot row as a GraphQL ranking row of official version `version`. */
export function officialRow(cycleId: string, version: number, r: RankingSnapshotRow): RankingRowType {
  return {
    rank: r.rank,
    unitId: r.unitId,
    cycle: { id: cycleId },
    unit: { id: r.unitId },
    unitName: r.unitName,
    total: r.total,
    maxPoints: r.maxPoints,
    indexPercent: r.indexPercent,
    classCode: r.classCode,
    classLabel: r.classLabel,
    classNote: r.classNote ?? null,
    components: r.components.map((c) => ({ ...c })),
    unscoredItems: r.unscoredItems,
    unscoredMaxPoints: r.unscoredMaxPoints,
    lostPoints: lostOnScored(r),
    scoringStatus: r.scoringStatus as ScoringStatus,
    kind: RankingKind.OFFICIAL,
    rankingVersion: version,
    appraisalFinal: null,
  };
}

/** An official version as the GraphQL `OfficialRanking`. */
export function toOfficialRanking(cycleId: string, v: OfficialVersion, latestVersion: number): OfficialRankingType {
  return {
    cycleId,
    cycle: { id: cycleId },
    version: v.version,
    latestVersion,
    rows: v.rows.map((r) => officialRow(cycleId, v.version.version, r)),
  };
}
