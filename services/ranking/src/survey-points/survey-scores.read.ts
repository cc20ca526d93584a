import type { Sql } from '@par/database';
import type { ScoreRow } from '../recompute-ranking/ranking.evolve';

/** A survey node's points enter the ranking as the node's score (as an appraised score would). */
export const surveyScoreRows = (rows: readonly { unitId: string; code: string; points: number }[]): ScoreRow[] =>
  rows.map((r) => ({ unitId: r.unitId, code: r.code, selfScore: null, appraisedScore: r.points }));

/** The published survey points of a cycle (or of one unit), as score rows (merged last into the ranking's score inputs). */
export async function readSurveyScores(tx: Sql, schema: string, province: string, cycleId: string, unitId?: string): Promise<ScoreRow[]> {
  const { rows } = await tx.query<{ unit_id: string; code: string; points: string }>(
    `SELECT unit_id, code, points::text AS points FROM ${schema}.survey_points WHERE province = $1 AND cycle_id = $2${unitId === undefined ? '' : ' AND unit_id = $3'}`,
    unitId === undefined ? [province, cycleId] : [province, cycleId, unitId],
  );
  return surveyScoreRows(rows.map((r) => ({ unitId: r.unit_id, code: r.code, points: Number(r.points) })));
}
