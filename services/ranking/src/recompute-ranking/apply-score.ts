import type { Sql } from '@par/database';
import type { ScoreRecordedV1 } from '@par/assessments-contracts';
import type { FrameworksEventV1 } from '@par/frameworks-contracts';
import { findCycle, findFramework, listUnits } from '@par/frameworks-catalog';
import type { Framework } from '@par/scoring';
import { computeRanking } from './compute-ranking';
import { RANKING_SCHEMA } from '../ranking.tokens';

const S = RANKING_SCHEMA;

/**
 * The two ranking consumers (catalog and scores) both rewrite a cycle's results. They serialize per province
 * on a transaction-level advisory lock taken before any read, so neither can write a ranking from a snapshot
 * that misses the other's committed change (no lost update, no duplicate-key race).
 */
export async function lockProvinceRanking(tx: Sql, province: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('par:ranking:' || $1))`, [province]);
}

/** Applies one published score and recomputes the cycle's totals, ranks and classes (same transaction). */
export async function applyScoreAndRecompute(tx: Sql, e: ScoreRecordedV1): Promise<void> {
  await lockProvinceRanking(tx, e.province);
  const column = e.kind === 'self' ? 'self_score' : 'appraised_score';
  await tx.query(
    `INSERT INTO ${S}.scores (province, cycle_id, unit_id, code, ${column}, last_event_id) VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (province, cycle_id, unit_id, code) DO UPDATE SET ${column} = EXCLUDED.${column}, last_event_id = EXCLUDED.last_event_id`,
    [e.province, e.cycleId, e.unitId, e.subCriterionCode, e.score, e.eventId],
  );
  await recomputeCycle(tx, e.province, e.cycleId, e.eventId);
}

/** Recomputes the cycles a reference-data event can change: the opened cycle, or the cycles of that unit type or framework. */
export async function recomputeAffectedCycles(tx: Sql, e: FrameworksEventV1, causeEventId: string): Promise<void> {
  await lockProvinceRanking(tx, e.province);
  const where =
    e.type === 'CycleOpened'
      ? { sql: 'cycle_id = $2', params: [e.cycleId] }
      : e.type === 'UnitRegistered'
        ? { sql: 'unit_type = $2', params: [e.unitType] }
        : { sql: 'framework_id = $2 AND framework_version = $3', params: [e.frameworkId, e.frameworkVersion] };
  const { rows } = await tx.query<{ cycle_id: string }>(`SELECT cycle_id FROM ${S}.catalog_cycles WHERE province = $1 AND ${where.sql}`, [
    e.province,
    ...where.params,
  ]);
  for (const r of rows) await recomputeCycle(tx, e.province, r.cycle_id, causeEventId);
}

export async function recomputeCycle(tx: Sql, province: string, cycleId: string, causeEventId: string): Promise<void> {
  const cycle = await findCycle(tx, S, province, cycleId);
  if (!cycle) return; // reference data not here yet: recomputed when it arrives
  const fw = await findFramework(tx, S, province, cycle.frameworkId, cycle.frameworkVersion);
  if (!fw) return;
  const units = (await listUnits(tx, S, province)).filter((u) => u.unitType === cycle.unitType);
  const { rows } = await tx.query<{ unit_id: string; code: string; score: string }>(
    `SELECT unit_id, code, COALESCE(appraised_score, self_score)::text AS score FROM ${S}.scores WHERE province = $1 AND cycle_id = $2`,
    [province, cycleId],
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
  await tx.query(`DELETE FROM ${S}.results WHERE province = $1 AND cycle_id = $2`, [province, cycleId]);
  for (const r of ranking) {
    await tx.query(
      `INSERT INTO ${S}.results (province, cycle_id, unit_id, unit_name, total, max_points, index_percent, rank, class_code, class_label, components, computed_at_event)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
      [
        province,
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
