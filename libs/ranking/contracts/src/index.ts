/**
 * Published, versioned contracts of the `ranking` context (topic `par.ranking.v1`): the official rankings of a
 * cycle, each fixed by a decision (quyết định). Plain data, no Nest. Integrators and the reporting service follow
 * these; the provisional (live) ranking is never published.
 */
export const RANKING_TOPIC = 'par.ranking.v1';

/** One component's points in an official ranking row. */
export interface OfficialComponentScoreV1 {
  code: string;
  name: string;
  points: number;
  maxPoints: number;
}

/** One unit's row of an official ranking, exactly as published (an official version never changes). */
export interface OfficialRankingRowV1 {
  unitId: string;
  unitName: string;
  rank: number;
  total: number;
  /** Applicable maximum (not-applicable criteria excluded). */
  maxPoints: number;
  indexPercent: number;
  classCode: string | null;
  /** Vietnamese class label (Xuất sắc, Tốt, Khá, Trung bình, Yếu), null when the framework does not classify. */
  classLabel: string | null;
  /** What the framework's class adjustment rules said (Vietnamese), e.g. lowered by the district 2/3-communes rule. */
  classNote?: string | null;
  components: OfficialComponentScoreV1[];
  /** Applicable scored nodes without a score at publication ("chưa chấm", not 0 points lost) and their maxima. */
  unscoredItems: number;
  unscoredMaxPoints: number;
  scoringStatus: 'NOT_SCORED' | 'PARTLY_SCORED' | 'FULLY_SCORED';
}

/** The decision (quyết định) that approved a ranking version. */
export interface RankingDecisionV1 {
  /** e.g. `123/QĐ-UBND`. */
  number: string;
  /** `YYYY-MM-DD`. */
  date: string;
  signer: string | null;
}

interface RankingVersionMessageV1 {
  version: 1;
  eventId: string;
  province: string;
  cycleId: string;
  /** 1 for the first publication, then 2, 3… for each correction. */
  rankingVersion: number;
  decision: RankingDecisionV1;
  rows: OfficialRankingRowV1[];
  actor: { id: string; name: string | null; roles: string[] };
  occurredAt: string;
  streamVersion: number;
}

/** The cycle's ranking approved and published by decision: official version 1. */
export interface RankingPublishedV1 extends RankingVersionMessageV1 {
  type: 'RankingPublished';
  publishedAt: string;
}

/** A new official version after publication, by a new decision with a reason; earlier versions stay valid history. */
export interface RankingCorrectedV1 extends RankingVersionMessageV1 {
  type: 'RankingCorrected';
  reason: string;
  /** The official version this one replaces. */
  correctsVersion: number;
  correctedAt: string;
}

/** Every contract on `par.ranking.v1`: switch on `type` (a v1 consumer ignores types it does not know). */
export type RankingEventV1 = RankingPublishedV1 | RankingCorrectedV1;
export * from './ranking.schemas';
