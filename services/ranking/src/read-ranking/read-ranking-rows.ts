import type { Sql } from '@par/database';
import type { RankingRowType } from './ranking.types';
import { RANKING_SCHEMA } from '../ranking.tokens';

/** The stored results of a cycle (one unit's, when given), in rank order. Runs inside `db.withProvince(...)`. */
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
    components: RankingRowType['components'];
  }>(
    `SELECT * FROM ${RANKING_SCHEMA}.results WHERE province = $1 AND cycle_id = $2 ${unitId ? 'AND unit_id = $3' : ''}
      ORDER BY rank, unit_id`,
    unitId ? [province, cycleId, unitId] : [province, cycleId],
  );
  return rows.map((r) => ({
    rank: r.rank,
    unitId: r.unit_id,
    cycle: { id: cycleId },
    unit: { id: r.unit_id },
    unitName: r.unit_name,
    total: Number(r.total),
    maxPoints: Number(r.max_points),
    indexPercent: Number(r.index_percent),
    classCode: r.class_code,
    classLabel: r.class_label,
    components: r.components,
  }));
}
