import type { Framework } from '../framework/framework.types';
import { adjustClass, classify, competitionRanks, isClassified, type SubordinateClass } from '../classification/rank-and-classify';
import type { CycleEvaluation, EvaluateOptions, UnitEvaluation, UnitResults } from './evaluate-cycle.types';
import { evaluateUnit } from './evaluate-unit';

export type * from './evaluate-cycle.types';
export { evaluateUnit };

/**
 * Scores every unit of one cycle (one framework: one province, unit type and period), then ranks and classifies.
 * Figures are exact sums of the parts at the framework's rounding; unknown figures stay null and figures known
 * only from `given` carry origin `given` / `derived`.
 */
export function evaluateCycle(fw: Framework, units: readonly UnitResults[], options: EvaluateOptions = {}): CycleEvaluation {
  const evaluated = units.map((u) => evaluateUnit(fw, u, options));
  const classification = fw.classification;
  const basisClass = classification.basis ?? 'index';
  const decimals = fw.rounding.decimals;
  const indexDecimals = fw.rounding.indexDecimals ?? decimals;
  const pick = (e: UnitEvaluation, b: 'index' | 'total') => (b === 'index' ? e.index.value : e.total.value);
  const ranks = rankUnits(
    fw,
    evaluated.map((e) => ({ total: e.total.value, index: e.index.value })),
  );
  evaluated.forEach((e, i) => {
    e.rank = ranks[i] ?? null;
    // Without classification (schemaVersion 2) units are ranked only: class stays null ("không xếp loại").
    if (!isClassified(fw)) return;
    const band = classify(pick(e, basisClass), classification.bands, basisClass === 'index' ? indexDecimals : decimals);
    e.class = band ? adjustClass(e.unitId, band, classification, options.subordinates, options.adjustments) : null;
  });
  return {
    frameworkId: fw.id,
    frameworkVersion: fw.version,
    unitType: fw.unitType,
    decimals,
    units: evaluated,
    ok: evaluated.every((e) => e.problems.length === 0),
  };
}

/**
 * The competition ranks ("1, 2, 2, 4") of a cycle's units by the framework's ranking basis (index % by default, or
 * total points), compared at the framework's decimals: the one ranking rule, used by `evaluateCycle` and by callers
 * that re-rank stored results when one unit's total changes (the ranking service's incremental recompute).
 */
export function rankUnits(fw: Framework, units: readonly { total: number | null; index: number | null }[]): (number | null)[] {
  const basis = fw.ranking?.basis ?? 'index';
  const decimals = fw.rounding.decimals;
  const indexDecimals = fw.rounding.indexDecimals ?? decimals;
  return competitionRanks(
    units.map((u) => (basis === 'index' ? u.index : u.total)),
    basis === 'index' ? indexDecimals : decimals,
  );
}

/** Subordinate classes out of an evaluated cycle (units need `parentId`), for the parent cycle's rules. */
export function subordinatesOf(cycle: CycleEvaluation): SubordinateClass[] {
  return cycle.units
    .filter((u) => u.parentId !== undefined)
    .map((u) => ({ unitId: u.unitId, parentId: u.parentId!, class: u.class?.code ?? null, unitType: cycle.unitType }));
}
