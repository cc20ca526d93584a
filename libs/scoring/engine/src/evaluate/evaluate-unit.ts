import type { Framework } from '../framework/framework.types';
import { fromScaled, toScaled } from '../numbers/decimal';
import type { ComponentResult, EvaluateOptions, Figure, LeafResult, UnitEvaluation, UnitResults } from './evaluate-cycle.types';
import { evaluateComponent, type ComponentTotal } from './component-totals';
import { evaluateLeaf, leafResult, type LeafContext, type LeafScore } from './evaluate-leaf';
import type { GivenFigureCheck } from './given-figures';
import { lostOrigin } from './given-figures';
import { lostPointsOf } from './lost-points';
import { methodCells, type MethodCell } from './method-cells';
import { prepareFramework, type PreparedFramework } from './prepared-framework';
import { checkDeclaredCodes } from './unit-problems';
import { byMethodFigures, indexFigure, methodTotals, unitTotal } from './unit-totals';

/** Scores one unit (no rank, no class: those need the whole cycle). */
export function evaluateUnit(fw: Framework, u: UnitResults, options: EvaluateOptions = {}): UnitEvaluation {
  const prepared = prepareFramework(fw);
  const { decimals, mode } = fw.rounding;
  const notApplicable = new Set(u.notApplicable ?? []);
  const problems = checkDeclaredCodes(prepared, u, notApplicable);
  const explain = options.includeLeaves !== false;
  const leafContext: LeafContext = { prepared, unitId: u.unitId, notApplicable, decimals, explain, problems };
  const scores = prepared.leaves.map((l, i) => evaluateLeaf(leafContext, i, u.scores[l.code]));

  const check: GivenFigureCheck = { unitId: u.unitId, decimals, mode, problems };
  const cells = methodCells(prepared, scores, fw.rounding);
  const { components, componentTotals } = evaluateComponents(fw, prepared, check, cells, u);
  const methods = methodTotals(check, prepared.methods, prepared.cellsOfMethod, cells, u.given?.byMethod);
  const total = unitTotal(check, componentTotals, methods, u.given?.total);

  const applicableMax = applicableMaxScaled(prepared, scores, decimals);
  const lostTotal: Figure =
    total.scaled === null
      ? { value: null, origin: 'unknown' }
      : { value: fromScaled(applicableMax - total.scaled, decimals), origin: lostOrigin(total.origin) };
  const result: UnitEvaluation = {
    unitId: u.unitId,
    components,
    byMethod: byMethodFigures(prepared.methods, methods, decimals),
    total: {
      value: total.scaled === null ? null : fromScaled(total.scaled, decimals),
      origin: total.scaled === null ? 'unknown' : total.origin,
    },
    applicableMax: fromScaled(applicableMax, decimals),
    index: indexFigure(total, applicableMax, fw.rounding.indexDecimals ?? decimals, mode),
    rank: null,
    class: null,
    lostPoints: { total: lostTotal, ...lostPointsOf(fw, prepared, u, scores) },
    problems,
  };
  if (u.unitName !== undefined) result.unitName = u.unitName;
  if (u.parentId !== undefined) result.parentId = u.parentId;
  if (explain) result.leaves = leafResults(fw, prepared, u, scores);
  return result;
}

function evaluateComponents(
  fw: Framework,
  prepared: PreparedFramework,
  check: GivenFigureCheck,
  cells: readonly MethodCell[],
  u: UnitResults,
): { components: ComponentResult[]; componentTotals: ComponentTotal[] } {
  const components: ComponentResult[] = [];
  const componentTotals: ComponentTotal[] = [];
  for (const comp of fw.components) {
    const own = (prepared.cellsOfComponent.get(comp.code) ?? []).map((k) => cells[k]!);
    const { result, total } = evaluateComponent(check, comp, own, u.given?.components?.[comp.code]);
    components.push(result);
    componentTotals.push(total);
  }
  return { components, componentTotals };
}

function applicableMaxScaled(prepared: PreparedFramework, scores: readonly LeafScore[], decimals: number): number {
  let sum = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i]!.applicable) sum += toScaled(prepared.leaves[i]!.max, decimals);
  return sum;
}

function leafResults(fw: Framework, prepared: PreparedFramework, u: UnitResults, scores: readonly LeafScore[]): LeafResult[] {
  return prepared.leaves.map((l, i) => leafResult(l, scores[i]!, u.scores[l.code], fw.rounding));
}
