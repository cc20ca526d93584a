/** One unit's row of a ranking as fixed in an official version (a snapshot of the provisional ranking). */
export interface RankingSnapshotRow {
  readonly unitId: string;
  readonly unitName: string;
  readonly rank: number;
  readonly total: number;
  readonly maxPoints: number;
  readonly indexPercent: number;
  readonly classCode: string | null;
  readonly classLabel: string | null;
  /** What the class adjustment rules said (e.g. lowered by the district 2/3-communes rule); null without rules. */
  readonly classNote?: string | null;
  readonly components: readonly { readonly code: string; readonly name: string; readonly points: number; readonly maxPoints: number }[];
  /** Applicable scored nodes without a score at publication ("chưa chấm"; e.g. survey items not yet in). */
  readonly unscoredItems: number;
  readonly unscoredMaxPoints: number;
  readonly scoringStatus: 'NOT_SCORED' | 'PARTLY_SCORED' | 'FULLY_SCORED';
}

/** The decision (quyết định) approving a ranking version. */
export interface RankingDecision {
  /** e.g. `123/QĐ-UBND`, as checked by `decisionNumberViolation`. */
  readonly number: string;
  /** `YYYY-MM-DD`, not after the day it was recorded. */
  readonly date: string;
  readonly signer: string | null;
}

/** Internal events of one cycle's publication stream `ranking-publication:<province>:<cycleId>`. */
export type RankingPublicationEvent =
  | {
      type: 'RankingPublished';
      data: {
        cycleId: string;
        rankingVersion: 1;
        decision: RankingDecision;
        publishedAt: string;
        rows: RankingSnapshotRow[];
      };
    }
  | {
      type: 'RankingCorrected';
      data: {
        cycleId: string;
        rankingVersion: number;
        correctsVersion: number;
        decision: RankingDecision;
        reason: string;
        correctedAt: string;
        rows: RankingSnapshotRow[];
      };
    };

/** The one stream of a cycle's official ranking versions (province first, like every key). */
export function rankingPublicationStreamId(province: string, cycleId: string): string {
  return `ranking-publication:${province}:${cycleId}`;
}
