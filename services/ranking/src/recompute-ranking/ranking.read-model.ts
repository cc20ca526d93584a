import type { Sql } from '@par/database';
import type { AssessmentsEventV1, ScoreRecordedV1 } from '@par/assessments-contracts';
import type { FrameworksEventV1 } from '@par/frameworks-contracts';
import {
  cycleFromEvent,
  findCycle,
  findFramework,
  frameworkFromEvent,
  listCycleUnits,
  loadCatalogRow,
  type CatalogCycle,
  type CatalogFramework,
} from '@par/frameworks-catalog';
import type { Framework, SubordinateClass } from '@par/scoring';
import { readSurveyScores } from '../survey-points/survey-scores.read';
import type { CycleInputs, NotApplicableRow, RankingCatalogReadModel, ScoreReadModel, ScoreRow } from './ranking.evolve';
import { scoreKey, type CycleBatchInputs, type ScoreBatchReadModel } from './score-batch';
import type { StoredResult, UnitInputs, UnitsInputs } from './unit-results';

/**
 * The two ranking consumers (catalog and scores) both rewrite a cycle's results. They serialize per province
 * on a transaction-level advisory lock taken before any read, so neither can write a ranking from a snapshot
 * that misses the other's committed change (no lost update, no duplicate-key race).
 */
export async function lockProvinceRanking(tx: Sql, province: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('par:ranking:' || $1))`, [province]);
}

const toScore = (r: { unit_id: string; code: string; self_score: string | null; appraised_score: string | null }): ScoreRow => ({
  unitId: r.unit_id,
  code: r.code,
  selfScore: r.self_score === null ? null : Number(r.self_score),
  appraisedScore: r.appraised_score === null ? null : Number(r.appraised_score),
});

/** A cycle's stored scores: all, some units', or one unit's on one code. */
export async function readScores(
  tx: Sql,
  schema: string,
  province: string,
  cycleId: string,
  key?: { unitIds: readonly string[]; code?: string },
): Promise<ScoreRow[]> {
  const where = key ? (key.code === undefined ? 'AND unit_id = ANY($3::text[])' : 'AND unit_id = ANY($3::text[]) AND code = $4') : '';
  const params = key ? [province, cycleId, [...key.unitIds], ...(key.code === undefined ? [] : [key.code])] : [province, cycleId];
  const { rows } = await tx.query<{ unit_id: string; code: string; self_score: string | null; appraised_score: string | null }>(
    `SELECT unit_id, code, self_score::text AS self_score, appraised_score::text AS appraised_score FROM ${schema}.scores
      WHERE province = $1 AND cycle_id = $2 ${where}`,
    params,
  );
  return rows.map(toScore);
}

async function readNotApplicable(tx: Sql, schema: string, province: string, cycleId: string): Promise<NotApplicableRow[]> {
  const { rows } = await tx.query<{ unit_id: string; code: string }>(
    `SELECT unit_id, code FROM ${schema}.not_applicable WHERE province = $1 AND cycle_id = $2 ORDER BY unit_id, code`,
    [province, cycleId],
  );
  return rows.map((r) => ({ unitId: r.unit_id, code: r.code }));
}

/** The unit types whose classes the framework's adjustment rules read (communes for the district 2/3 rule). */
function subordinateUnitTypes(framework: CatalogFramework | undefined): string[] {
  const rules = (framework?.definition as Framework | undefined)?.classification?.adjustments ?? [];
  return rules.filter((r) => r.type === 'subordinate-share').map((r) => r.subordinateUnitType);
}

/** Other cycles of the province in the same year, by unit type (a subordinate or a parent cycle). */
async function sameYearCycles(tx: Sql, schema: string, province: string, cycle: CatalogCycle): Promise<CatalogCycle[]> {
  const { rows } = await tx.query<{ cycle_id: string }>(
    `SELECT cycle_id FROM ${schema}.catalog_cycles WHERE province = $1 AND year = $2 AND cycle_id <> $3 ORDER BY cycle_id`,
    [province, cycle.year, cycle.cycleId],
  );
  const cycles: CatalogCycle[] = [];
  for (const r of rows) cycles.push((await findCycle(tx, schema, province, r.cycle_id))!);
  return cycles;
}

/** The stored classes of a subordinate cycle's units that have a parent. */
async function storedSubordinates(tx: Sql, schema: string, province: string, cycle: CatalogCycle): Promise<SubordinateClass[]> {
  const parents = new Map((await listCycleUnits(tx, schema, province, cycle)).map((u) => [u.unitId, u.parentUnitId]));
  const { rows } = await tx.query<{ unit_id: string; class_code: string | null }>(
    `SELECT unit_id, class_code FROM ${schema}.results WHERE province = $1 AND cycle_id = $2 ORDER BY unit_id`,
    [province, cycle.cycleId],
  );
  return rows.flatMap((r) => {
    const parentId = parents.get(r.unit_id);
    return parentId ? [{ unitId: r.unit_id, parentId, class: r.class_code, unitType: cycle.unitType }] : [];
  });
}

/**
 * Everything recomputing `cycle` reads, as stored: its framework, units, scores, not-applicable declarations, the
 * classes of its subordinate cycles (same year, the unit type an adjustment rule names) and, unless reading a
 * dependent already, the cycles whose adjustment rules read this one's classes (recomputed after it).
 */
export async function loadCycleInputs(
  tx: Sql,
  schema: string,
  province: string,
  cycle: CatalogCycle,
  opts: { asDependent?: boolean; publishing?: CatalogFramework } = {},
): Promise<CycleInputs> {
  const framework = await findFramework(tx, schema, province, cycle.frameworkId, cycle.frameworkVersion);
  const others = await sameYearCycles(tx, schema, province, cycle);
  // the framework being published (not stored yet) names the subordinate types of the cycles pinned to it
  const types = subordinateUnitTypes(framework ?? opts.publishing);
  const subordinates: SubordinateClass[] = [];
  for (const c of others.filter((o) => types.includes(o.unitType)))
    subordinates.push(...(await storedSubordinates(tx, schema, province, c)));
  const dependents: CycleInputs[] = [];
  if (!opts.asDependent) {
    for (const c of others) {
      const f = await findFramework(tx, schema, province, c.frameworkId, c.frameworkVersion);
      if (subordinateUnitTypes(f).includes(cycle.unitType))
        dependents.push(await loadCycleInputs(tx, schema, province, c, { asDependent: true }));
    }
  }
  return {
    cycle,
    framework,
    units: await listCycleUnits(tx, schema, province, cycle),
    scores: [...(await readScores(tx, schema, province, cycle.cycleId)), ...(await readSurveyScores(tx, schema, province, cycle.cycleId))],
    notApplicable: await readNotApplicable(tx, schema, province, cycle.cycleId),
    ...(types.length > 0 && { subordinates }),
    ...(dependents.length > 0 && { dependents }),
  };
}

/** Takes the province's ranking lock, then reads the score's row (for a score) and the event's cycle. */
export async function loadScoreReadModel(tx: Sql, schema: string, e: AssessmentsEventV1): Promise<ScoreReadModel> {
  await lockProvinceRanking(tx, e.province);
  if (e.type === 'AppraisalFinalized') return { score: undefined, cycle: undefined }; // recomputes nothing
  const [score] =
    e.type === 'ScoreRecorded'
      ? await readScores(tx, schema, e.province, e.cycleId, { unitIds: [e.unitId], code: e.subCriterionCode })
      : [];
  const cycle = await findCycle(tx, schema, e.province, e.cycleId);
  if (!cycle) return { score, cycle: undefined };
  const unit = e.type === 'ScoreRecorded' ? await loadUnitInputs(tx, schema, e.province, cycle, e.unitId) : undefined;
  if (unit) return { score, cycle: undefined, unit };
  return { score, cycle: await loadCycleInputs(tx, schema, e.province, cycle) };
}

/** Whether a cross-unit rule involves the cycle: its framework's adjustment rules, or another cycle's reading its classes. */
async function crossUnitRuleInvolved(tx: Sql, schema: string, province: string, cycle: CatalogCycle, framework: CatalogFramework) {
  if (subordinateUnitTypes(framework).length > 0) return true;
  for (const c of await sameYearCycles(tx, schema, province, cycle)) {
    const f = await findFramework(tx, schema, province, c.frameworkId, c.frameworkVersion);
    if (subordinateUnitTypes(f).includes(cycle.unitType)) return true;
  }
  return false;
}

/**
 * What the incremental recompute of some units reads (unit-results.ts), or undefined when it does not apply — the
 * framework is not stored yet, a cross-unit rule is involved, a unit is not in the cycle, or the stored results do
 * not cover exactly the cycle's units (e.g. a unit registered since): then the whole cycle is read and recomputed.
 * `recorded`: the units' stored score rows when the caller has read them already.
 */
export async function loadUnitsInputs(
  tx: Sql,
  schema: string,
  province: string,
  cycle: CatalogCycle,
  unitIds: readonly string[],
  recorded?: readonly ScoreRow[],
): Promise<UnitsInputs | undefined> {
  const framework = await findFramework(tx, schema, province, cycle.frameworkId, cycle.frameworkVersion);
  if (!framework || (await crossUnitRuleInvolved(tx, schema, province, cycle, framework))) return undefined;
  const units = await listCycleUnits(tx, schema, province, cycle);
  const byId = new Map(units.map((u) => [u.unitId, u]));
  const stored = await readStoredResults(tx, schema, province, cycle.cycleId);
  const storedIds = new Set(stored.map((r) => r.unitId));
  if (!unitIds.every((id) => byId.has(id)) || stored.length !== units.length || !units.every((u) => storedIds.has(u.unitId)))
    return undefined;
  const scores = [
    ...(recorded ?? (await readScores(tx, schema, province, cycle.cycleId, { unitIds }))),
    ...(await readSurveyScores(tx, schema, province, cycle.cycleId, unitIds.length === 1 ? unitIds[0] : undefined)),
  ];
  const notApplicable = await readNotApplicable(tx, schema, province, cycle.cycleId);
  const own = unitIds.map((unitId) => ({
    unit: byId.get(unitId)!,
    scores: scores.filter((x) => x.unitId === unitId),
    notApplicable: notApplicable.filter((n) => n.unitId === unitId).map((n) => n.code),
  }));
  return { cycle, framework, units: own, stored };
}

async function loadUnitInputs(
  tx: Sql,
  schema: string,
  province: string,
  cycle: CatalogCycle,
  unitId: string,
): Promise<UnitInputs | undefined> {
  const inputs = await loadUnitsInputs(tx, schema, province, cycle, [unitId]);
  return inputs && { cycle: inputs.cycle, framework: inputs.framework, stored: inputs.stored, ...inputs.units[0]! };
}

async function readStoredResults(tx: Sql, schema: string, province: string, cycleId: string): Promise<StoredResult[]> {
  const { rows } = await tx.query<{ unit_id: string; total: string; index_percent: string; rank: number }>(
    `SELECT unit_id, total::text AS total, index_percent::text AS index_percent, rank FROM ${schema}.results
      WHERE province = $1 AND cycle_id = $2 ORDER BY unit_id`,
    [province, cycleId],
  );
  return rows.map((r) => ({ unitId: r.unit_id, total: Number(r.total), indexPercent: Number(r.index_percent), rank: r.rank }));
}

/**
 * Takes the province's ranking lock, then reads the catalog row the event names and the cycles it affects: the
 * opened cycle (as stored, else as opened), or the cycles of the registered unit's type, or of the published framework.
 */
export async function loadRankingCatalogReadModel(tx: Sql, schema: string, e: FrameworksEventV1): Promise<RankingCatalogReadModel> {
  await lockProvinceRanking(tx, e.province);
  const catalog = await loadCatalogRow(tx, schema, e);
  let cycles: CatalogCycle[];
  if (e.type === 'CycleOpened') {
    cycles = [(await findCycle(tx, schema, e.province, e.cycleId)) ?? cycleFromEvent(e)];
  } else if (e.type === 'CyclePhasesSet' || e.type === 'CyclePhaseAdvanced') {
    cycles = []; // a cycle's schedule changes no score
  } else {
    const where =
      e.type === 'UnitRegistered'
        ? { sql: 'unit_type = $2', params: [e.unitType] }
        : { sql: 'framework_id = $2 AND framework_version = $3', params: [e.frameworkId, e.frameworkVersion] };
    const { rows } = await tx.query<{ cycle_id: string }>(
      `SELECT cycle_id FROM ${schema}.catalog_cycles WHERE province = $1 AND ${where.sql}`,
      [e.province, ...where.params],
    );
    cycles = [];
    for (const r of rows) cycles.push((await findCycle(tx, schema, e.province, r.cycle_id))!);
  }
  const inputs: CycleInputs[] = [];
  const publishing = e.type === 'FrameworkPublished' ? frameworkFromEvent(e) : undefined;
  for (const c of cycles) inputs.push(await loadCycleInputs(tx, schema, e.province, c, publishing && { publishing }));
  return { catalog, cycles: inputs };
}

/**
 * Takes the province's ranking lock, then reads what a batch of published scores (one province) touches: the stored
 * score rows of the units it scores and, per cycle, either those units' inputs and the stored results (incremental)
 * or the whole cycle (`loadUnitsInputs` says when). Each cycle is read once for the whole batch.
 */
export async function loadScoreBatchReadModel(tx: Sql, schema: string, events: readonly ScoreRecordedV1[]): Promise<ScoreBatchReadModel> {
  const province = events[0]!.province;
  await lockProvinceRanking(tx, province);
  const unitsByCycle = new Map<string, Set<string>>();
  for (const e of events) unitsByCycle.set(e.cycleId, (unitsByCycle.get(e.cycleId) ?? new Set()).add(e.unitId));
  const scores = new Map<string, ScoreRow>();
  const cycles = new Map<string, CycleBatchInputs>();
  for (const [cycleId, ids] of unitsByCycle) {
    const unitIds = [...ids];
    const recorded = await readScores(tx, schema, province, cycleId, { unitIds });
    for (const r of recorded) scores.set(scoreKey(cycleId, r.unitId, r.code), r);
    const cycle = await findCycle(tx, schema, province, cycleId);
    if (!cycle) continue;
    const units = await loadUnitsInputs(tx, schema, province, cycle, unitIds, recorded);
    cycles.set(
      cycleId,
      units ? { kind: 'units', inputs: units } : { kind: 'cycle', inputs: await loadCycleInputs(tx, schema, province, cycle) },
    );
  }
  return { scores, cycles };
}
