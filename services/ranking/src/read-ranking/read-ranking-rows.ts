import type { Sql } from '@par/database';
import { lostOnScored, RankingKind, ScoringStatus, type RankingRowType } from './ranking.types';
import { RANKING_SCHEMA } from '../ranking.tokens';

/**
 * The provisional (live) results of a cycle (one unit's, when given), in rank order, with whether each unit's
 * appraisal is final. Runs inside `db.withProvince(...)`.
 */
export async function readRankingRows(tx: Sql, province: string, cycleId: string, unitId?: string): Promise<RankingRowType[]> {
  const { rows } = await tx.query<{
    unit_id: string;
    unit_name: string;
    total: string;
    max_points: string;
    index_percent: string;
    rank: number;
    class_code: string | null;
    class_label: string | null;
    class_note: string | null;
    components: RankingRowType['components'];
    unscored_items: number;
    unscored_max: string;
    scoring_status: ScoringStatus;
    final: boolean;
  }>(
    `SELECT r.*, (f.unit_id IS NOT NULL) AS final FROM ${RANKING_SCHEMA}.results r
       LEFT JOIN ${RANKING_SCHEMA}.finalized_units f ON f.province = r.province AND f.cycle_id = r.cycle_id AND f.unit_id = r.unit_id
      WHERE r.province = $1 AND r.cycle_id = $2 ${unitId ? 'AND r.unit_id = $3' : ''}
      ORDER BY r.rank, r.unit_id`,
    unitId ? [province, cycleId, unitId] : [province, cycleId],
  );
  return rows.map((r) => {
    const figures = { total: Number(r.total), maxPoints: Number(r.max_points), unscoredMaxPoints: Number(r.unscored_max) };
    return {
      rank: r.rank,
      unitId: r.unit_id,
      cycle: { id: cycleId },
      unit: { id: r.unit_id },
      unitName: r.unit_name,
      ...figures,
      indexPercent: Number(r.index_percent),
      classCode: r.class_code,
      classLabel: r.class_label,
      classNote: r.class_note,
      components: r.components,
      unscoredItems: r.unscored_items,
      lostPoints: lostOnScored(figures),
      scoringStatus: r.scoring_status,
      kind: RankingKind.PROVISIONAL,
      rankingVersion: null,
      appraisalFinal: r.final,
    };
  });
}
