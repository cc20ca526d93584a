import type { CatalogCycle, CatalogFramework, CatalogUnit } from '@par/frameworks-catalog';
import { updateRow, upsert, type RowChange } from '@par/projections';
import { rankUnits, type Framework } from '@par/scoring';
import { computeRanking, type RankingRow } from './compute-ranking';
import type { ScoreRow } from './ranking.evolve';

/** A unit's stored result as re-ranking reads it. */
export interface StoredResult {
  readonly unitId: string;
  readonly total: number;
  readonly indexPercent: number;
  readonly rank: number;
}

/**
 * What recomputing ONE unit of a cycle reads (the incremental path): the unit's own scores and not-applicable
 * declarations, and every unit's stored result of the cycle. Only valid when no cross-unit rule is involved (the
 * framework has no adjustment rule and no other cycle's rules read this cycle's classes) and the stored results
 * cover exactly the cycle's units — the loader checks that and otherwise reads the whole cycle.
 */
export interface UnitInputs {
  readonly cycle: CatalogCycle;
  readonly framework: CatalogFramework;
  readonly unit: Pick<CatalogUnit, 'unitId' | 'name'>;
  /** The unit's scores (recorded and survey), before the event. */
  readonly scores: readonly ScoreRow[];
  readonly notApplicable: readonly string[];
  /** Every unit's stored result in the cycle (this unit's included), before the event. */
  readonly stored: readonly StoredResult[];
}

/** The `results` row of one unit (every column), as the full and the incremental recompute both write it. */
export function resultRow(province: string, cycleId: string, r: RankingRow): RowChange {
  return upsert('results', {
    province,
    cycle_id: cycleId,
    unit_id: r.unitId,
    unit_name: r.unitName,
    total: r.total,
    max_points: r.maxPoints,
    index_percent: r.indexPercent,
    rank: r.rank,
    class_code: r.classCode,
    class_label: r.classLabel,
    class_note: r.classNote,
    components: r.components,
    unscored_items: r.unscoredItems,
    unscored_max: r.unscoredMaxPoints,
    scoring_status: r.scoringStatus,
  });
}

/** One unit's own inputs for the incremental recompute: its scores (recorded and survey) and not-applicable codes. */
export interface UnitOwnInputs {
  readonly unit: Pick<CatalogUnit, 'unitId' | 'name'>;
  readonly scores: readonly ScoreRow[];
  readonly notApplicable: readonly string[];
}

/** What re-evaluating SEVERAL units of a cycle reads (a batch of scores): each unit's own inputs and every stored result. */
export interface UnitsInputs {
  readonly cycle: CatalogCycle;
  readonly framework: CatalogFramework;
  readonly units: readonly UnitOwnInputs[];
  readonly stored: readonly StoredResult[];
}

/** Pure: the incremental recompute of one unit (`unitsResults` with one unit). */
export const unitResults = (province: string, inputs: UnitInputs): RowChange[] =>
  unitsResults(province, { cycle: inputs.cycle, framework: inputs.framework, units: [inputs], stored: inputs.stored });

const countedScores = (scores: readonly ScoreRow[]) => {
  const counted = new Map<string, number>();
  for (const s of scores) {
    const value = s.appraisedScore ?? s.selfScore;
    if (value !== null) counted.set(s.code, value);
  }
  return counted;
};

/**
 * Pure: the new results of the units whose scores changed, and the ranks that moves: each unit is evaluated alone by
 * the engine (its total, index, class and components depend on nothing else when no cross-unit rule applies), then
 * every unit is re-ranked from the stored totals with the engine's ranking rule (`rankUnits`). Writes the changed
 * units' rows and only the ranks of other units that moved — O(units) per batch instead of re-evaluating the cycle.
 */
export function unitsResults(province: string, inputs: UnitsInputs): RowChange[] {
  const fw = inputs.framework.definition as Framework;
  const evaluated = computeRanking(
    fw,
    inputs.units.map((u) => ({ unitId: u.unit.unitId, name: u.unit.name })),
    new Map(inputs.units.map((u) => [u.unit.unitId, countedScores(u.scores)])),
    new Map(inputs.units.map((u) => [u.unit.unitId, [...u.notApplicable]])),
  );
  const changed = new Map(evaluated.map((r) => [r.unitId, r]));
  const all = inputs.stored.map((s) => {
    const row = changed.get(s.unitId);
    return row ? { ...s, total: row.total, indexPercent: row.indexPercent } : s;
  });
  const ranks = rankUnits(
    fw,
    all.map((s) => ({ total: s.total, index: s.indexPercent })),
  );
  const changes: RowChange[] = [];
  all.forEach((s, i) => {
    const rank = ranks[i] ?? all.length;
    const row = changed.get(s.unitId);
    if (row) changes.push(resultRow(province, inputs.cycle.cycleId, { ...row, rank }));
    else if (rank !== s.rank) changes.push(updateRow('results', { province, cycle_id: inputs.cycle.cycleId, unit_id: s.unitId, rank }));
  });
  return changes;
}
