import type { Database } from '@par/database';
import { findCycle, listCycleUnits } from '@par/frameworks-catalog';
import { NotFoundError, type RequestContext } from '@par/kernel';
import type { RankingSnapshotRow } from '@par/ranking-domain';
import { readRankingRows } from '../read-ranking/read-ranking-rows';
import { RANKING_SCHEMA } from '../ranking.tokens';

/** What publishing or correcting a cycle's ranking fixes: every unit's provisional row, and who is not final yet. */
export interface PublicationSnapshot {
  readonly rows: RankingSnapshotRow[];
  readonly unitsNotFinal: { unitId: string; unitName: string }[];
}

/**
 * The lookup both publication handlers make before deciding, in one transaction: the cycle (`UNKNOWN_CYCLE`), its
 * provisional rows as stored now, and the units of the cycle whose appraisal is not final (by the catalog's unit
 * list, so a unit the ranking has not seen yet counts as not final).
 */
export async function publicationSnapshot(db: Database, ctx: RequestContext, cycleId: string): Promise<PublicationSnapshot> {
  return db.withProvince(ctx.province, async (tx) => {
    const cycle = await findCycle(tx, RANKING_SCHEMA, ctx.province, cycleId);
    if (!cycle) {
      throw new NotFoundError(
        'UNKNOWN_CYCLE',
        `Không tìm thấy kỳ đánh giá "${cycleId}".`,
        `Cycle ${cycleId} not found in province ${ctx.province}`,
      );
    }
    const provisional = await readRankingRows(tx, ctx.province, cycleId);
    const final = new Set(provisional.filter((r) => r.appraisalFinal).map((r) => r.unitId));
    const units = await listCycleUnits(tx, RANKING_SCHEMA, ctx.province, cycle);
    return {
      rows: provisional.map((r) => ({
        unitId: r.unitId,
        unitName: r.unitName,
        rank: r.rank,
        total: r.total,
        maxPoints: r.maxPoints,
        indexPercent: r.indexPercent,
        classCode: r.classCode,
        classLabel: r.classLabel,
        classNote: r.classNote,
        components: r.components.map((c) => ({ code: c.code, name: c.name, points: c.points, maxPoints: c.maxPoints })),
        unscoredItems: r.unscoredItems,
        unscoredMaxPoints: r.unscoredMaxPoints,
        scoringStatus: r.scoringStatus,
      })),
      unitsNotFinal: units.filter((u) => !final.has(u.unitId)).map((u) => ({ unitId: u.unitId, unitName: u.name })),
    };
  });
}
