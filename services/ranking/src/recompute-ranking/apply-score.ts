import type { Sql } from '@par/database';
import type { ScoreRecordedV1 } from '@par/assessments-contracts';
import { findCycle, findFramework, listUnits } from '@par/frameworks-catalog';
import type { Framework } from '@par/scoring';
import { computeRanking } from './compute-ranking';
import { RANKING_SCHEMA } from '../ranking.tokens';

const S = RANKING_SCHEMA;

/** Applies one published score and recomputes the cycle's totals, ranks and classes (same transaction). */
export async function applyScoreAndRecompute(tx: Sql, e: ScoreRecordedV1): Promise<void> {
  const column = e.kind === 'self' ? 'self_score' : 'appraised_score';
  await tx.query(
    `INSERT INTO ${S}.scores (province, cycle_id, unit_id, code, ${column}, last_event_id) VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (province, cycle_id, unit_id, code) DO UPDATE SET ${column} = EXCLUDED.${column}, last_event_id = EXCLUDED.last_event_id`,
    [e.province, e.cycleId, e.unitId, e.subCriterionCode, e.score, e.eventId],
  );
  await recomputeCycle(tx, e.cycleId, e.eventId);
}

export async function recomputeCycle(tx: Sql, cycleId: string, causeEventId: string): Promise<void> {
  const cycle = await findCycle(tx, S, cycleId);
  if (!cycle) return; // reference data not here yet: recomputed when it arrives
  const fw = await findFramework(tx, S, cycle.frameworkId, cycle.frameworkVersion);
  if (!fw) return;
  const units = (await listUnits(tx, S)).filter((u) => u.unitType === cycle.unitType);
  const { rows } = await tx.query<{ unit_id: string; code: string; score: string }>(
    `SELECT unit_id, code, COALESCE(appraised_score, self_score)::text AS score FROM ${S}.scores WHERE cycle_id = $1`,
    [cycleId],
  );
  const scores = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (!scores.has(r.unit_id)) scores.set(r.unit_id, new Map());
    if (r.score !== null) scores.get(r.unit_id)!.set(r.code, Number(r.score));
  }
  const ranking = computeRanking(
    fw.definition as Framework,
    units.map((u) => ({ unitId: u.unitId, name: u.name })),
    scores,
  );
  await tx.query(`DELETE FROM ${S}.results WHERE cycle_id = $1`, [cycleId]);
  for (const r of ranking) {
    await tx.query(
      `INSERT INTO ${S}.results (province, cycle_id, unit_id, unit_name, total, max_points, index_percent, rank, class_code, class_label, components, computed_at_event)
       VALUES (current_setting('app.province'), $1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
      [
        cycleId,
        r.unitId,
        r.unitName,
        r.total,
        r.maxPoints,
        r.indexPercent,
        r.rank,
        r.classCode,
        r.classLabel,
        JSON.stringify(r.components),
        causeEventId,
      ],
    );
  }
}
