import type { AppraisalFinalizedV1, AssessmentsEventV1, NotApplicableChangedV1, ScoreRecordedV1 } from '@par/assessments-contracts';
import type { FrameworksEventV1 } from '@par/frameworks-contracts';
import {
  CATALOG_TABLE_KEYS,
  evolveCatalog,
  frameworkFromEvent,
  unitFromEvent,
  type CatalogCycle,
  type CatalogFramework,
  type CatalogRowState,
  type CatalogUnit,
} from '@par/frameworks-catalog';
import { deleteWhere, upsert, type RowChange, type TableKeys } from '@par/projections';
import type { Framework, SubordinateClass } from '@par/scoring';
import { computeRanking, type RankingRow } from './compute-ranking';
import { resultRow, unitResults, type UnitInputs } from './unit-results';

/** Primary keys of every table the ranking projections write. */
export const RANKING_TABLE_KEYS: TableKeys = {
  ...CATALOG_TABLE_KEYS,
  scores: ['province', 'cycle_id', 'unit_id', 'code'],
  results: ['province', 'cycle_id', 'unit_id'],
  not_applicable: ['province', 'cycle_id', 'unit_id', 'code'],
  finalized_units: ['province', 'cycle_id', 'unit_id'],
};

/** One stored score of a unit on a sub-criterion (null: not given yet). */
export interface ScoreRow {
  readonly unitId: string;
  readonly code: string;
  readonly selfScore: number | null;
  readonly appraisedScore: number | null;
}

/** What recomputing one cycle reads: the cycle, its framework (if stored), the units of its unit type, its scores. */
export interface CycleInputs {
  readonly cycle: CatalogCycle;
  readonly framework: CatalogFramework | undefined;
  /** Units of the cycle's unit type, ordered by unit id. */
  readonly units: readonly CatalogUnit[];
  readonly scores: readonly ScoreRow[];
  /** Scored nodes declared not applicable to a unit of the cycle. */
  readonly notApplicable: readonly NotApplicableRow[];
  /**
   * Classes of the units of the cycles subordinate to this one (same year, the unit type an adjustment rule of its
   * framework names: communes for the district 2/3 rule); none when no such cycle exists.
   */
  readonly subordinates?: readonly SubordinateClass[];
  /** Cycles whose adjustment rules read this cycle's classes (e.g. the districts of a commune cycle): recomputed after it. */
  readonly dependents?: readonly CycleInputs[];
}

/** One not-applicable declaration of a unit in a cycle. */
export interface NotApplicableRow {
  readonly unitId: string;
  readonly code: string;
}

/**
 * The read model a published assessment event touches: the stored score row (for a score) and either its whole
 * cycle (undefined until the catalog has it) or, for a score when no cross-unit rule is involved, only its unit
 * and the cycle's stored results (`unit`: the incremental recompute, unit-results.ts).
 */
export interface ScoreReadModel {
  readonly score: ScoreRow | undefined;
  readonly cycle: CycleInputs | undefined;
  readonly unit?: UnitInputs;
}

/** The read model a catalog event touches: the catalog row of its key and the cycles it affects (as stored before it). */
export interface RankingCatalogReadModel {
  readonly catalog: CatalogRowState;
  readonly cycles: readonly CycleInputs[];
}

/** Pure: the ranking of one cycle with the engine (its framework must be known). */
function rankCycle(inputs: CycleInputs & { framework: CatalogFramework }): RankingRow[] {
  const scores = new Map<string, Map<string, number>>();
  for (const s of inputs.scores) {
    if (!scores.has(s.unitId)) scores.set(s.unitId, new Map());
    const value = s.appraisedScore ?? s.selfScore;
    if (value !== null) scores.get(s.unitId)!.set(s.code, value);
  }
  const notApplicable = new Map<string, string[]>();
  for (const n of inputs.notApplicable) notApplicable.set(n.unitId, [...(notApplicable.get(n.unitId) ?? []), n.code]);
  return computeRanking(
    inputs.framework.definition as Framework,
    inputs.units.map((u) => ({ unitId: u.unitId, name: u.name })),
    scores,
    notApplicable,
    inputs.subordinates,
  );
}

/** The classes a cycle's ranking gives its units that have a parent, as the parent cycle's adjustment rules read them. */
function subordinateClasses(inputs: CycleInputs, ranking: readonly RankingRow[]): SubordinateClass[] {
  const parents = new Map(inputs.units.map((u) => [u.unitId, u.parentUnitId]));
  return ranking.flatMap((r) => {
    const parentId = parents.get(r.unitId);
    return parentId ? [{ unitId: r.unitId, parentId, class: r.classCode, unitType: inputs.cycle.unitType }] : [];
  });
}

/**
 * Pure: a cycle's results as rows, replacing the stored ones; nothing while its framework is not in the catalog
 * (recomputed when it arrives). A sub-criterion counts its appraised score, else its self score. The cycles that
 * depend on this one's classes (`dependents`) are recomputed after it with its new classes.
 */
export function cycleResults(province: string, inputs: CycleInputs): RowChange[] {
  if (!inputs.framework) return [];
  const ranking = rankCycle({ ...inputs, framework: inputs.framework });
  const own = ranking.map((r) => resultRow(province, inputs.cycle.cycleId, r));
  const classes = subordinateClasses(inputs, ranking);
  const dependents = (inputs.dependents ?? []).flatMap((d) => {
    const subordinates = [...(d.subordinates ?? []).filter((x) => x.unitType !== inputs.cycle.unitType), ...classes];
    return cycleResults(province, { ...d, subordinates });
  });
  return [deleteWhere('results', { province, cycle_id: inputs.cycle.cycleId }), ...own, ...dependents];
}

/** Pure: a published score replaces the self or appraised score of its row, then its cycle is recomputed. */
export function evolveScore(model: ScoreReadModel, e: ScoreRecordedV1): RowChange[] {
  const before = model.score ?? { unitId: e.unitId, code: e.subCriterionCode, selfScore: null, appraisedScore: null };
  const after: ScoreRow = e.kind === 'self' ? { ...before, selfScore: e.score } : { ...before, appraisedScore: e.score };
  const changes: RowChange[] = [
    upsert('scores', {
      province: e.province,
      cycle_id: e.cycleId,
      unit_id: e.unitId,
      code: e.subCriterionCode,
      self_score: after.selfScore,
      appraised_score: after.appraisedScore,
      last_event_id: e.eventId,
    }),
  ];
  const replaced = (scores: readonly ScoreRow[]) => [
    ...scores.filter((s) => s.unitId !== e.unitId || s.code !== e.subCriterionCode),
    after,
  ];
  if (model.unit) return [...changes, ...unitResults(e.province, { ...model.unit, scores: replaced(model.unit.scores) })];
  if (!model.cycle) return changes;
  return [...changes, ...cycleResults(e.province, { ...model.cycle, scores: replaced(model.cycle.scores) })];
}

/** Pure: a not-applicable declaration (or its withdrawal) updates the unit's list, then its cycle is recomputed. */
export function evolveNotApplicable(model: ScoreReadModel, e: NotApplicableChangedV1): RowChange[] {
  const key = { province: e.province, cycle_id: e.cycleId, unit_id: e.unitId, code: e.code };
  const changes: RowChange[] = [
    e.notApplicable ? upsert('not_applicable', { ...key, reason: e.reason, last_event_id: e.eventId }) : deleteWhere('not_applicable', key),
  ];
  if (!model.cycle) return changes;
  const others = model.cycle.notApplicable.filter((n) => n.unitId !== e.unitId || n.code !== e.code);
  const notApplicable = e.notApplicable ? [...others, { unitId: e.unitId, code: e.code }] : others;
  return [...changes, ...cycleResults(e.province, { ...model.cycle, notApplicable })];
}

/**
 * Pure: a unit's appraisal made final is recorded (publication needs every unit final). The same consumer applies
 * the unit's scores, in stream order, so a unit is final here only once its last appraised score is in the results.
 */
export function evolveAppraisalFinalized(e: AppraisalFinalizedV1): RowChange[] {
  return [
    upsert('finalized_units', {
      province: e.province,
      cycle_id: e.cycleId,
      unit_id: e.unitId,
      finalized_at: e.finalizedAt,
      last_event_id: e.eventId,
    }),
  ];
}

/** Pure: any published assessment event; types this projection does not know change nothing. */
export function evolveAssessmentEvent(model: ScoreReadModel, e: AssessmentsEventV1): RowChange[] {
  switch (e.type) {
    case 'ScoreRecorded':
      return evolveScore(model, e);
    case 'NotApplicableChanged':
      return evolveNotApplicable(model, e);
    case 'AppraisalFinalized':
      return evolveAppraisalFinalized(e);
    default:
      return [];
  }
}

/** The cycle's inputs once the catalog event is applied (a stored framework version or cycle is never replaced). */
function withCatalogEvent(inputs: CycleInputs, e: FrameworksEventV1): CycleInputs {
  switch (e.type) {
    case 'FrameworkPublished':
      return { ...inputs, framework: inputs.framework ?? frameworkFromEvent(e) };
    case 'UnitRegistered': {
      const unit = unitFromEvent(e);
      const units = [...inputs.units.filter((u) => u.unitId !== unit.unitId), unit].filter((u) => u.unitType === inputs.cycle.unitType);
      return { ...inputs, units: units.sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0)) };
    }
    default:
      return inputs;
  }
}

/** Pure: a catalog event updates the catalog, then the cycles it affects are recomputed with it. */
export function evolveRankingCatalog(model: RankingCatalogReadModel, m: { event: FrameworksEventV1; eventId: string }): RowChange[] {
  return [
    ...evolveCatalog(model.catalog, m.event),
    ...model.cycles.flatMap((c) => cycleResults(m.event.province, withCatalogEvent(c, m.event))),
  ];
}
