import type { NodeMethod } from '../framework/framework.types';
import { fromScaled, toScaled, type RoundingMode } from '../numbers/decimal';
import type { Figure, GivenFigures, Origin } from './evaluate-cycle.types';
import type { ComponentTotal } from './component-totals';
import { reportMismatch, scaledGiven, type GivenFigureCheck } from './given-figures';
import type { MethodCell } from './method-cells';

/** A scaled figure (null when unknown) with its origin. */
export interface ScaledFigure {
  scaled: number | null;
  origin: Origin;
}

/** Per method across components: the sum of its cells, or the given figure when a cell is unknown. */
export function methodTotals(
  check: GivenFigureCheck,
  methods: readonly NodeMethod[],
  cellsOfMethod: readonly number[][],
  cells: readonly MethodCell[],
  given: GivenFigures['byMethod'],
): ScaledFigure[] {
  return methods.map((m, k) => {
    const sum = sumOfCells(cellsOfMethod[k]!.map((c) => cells[c]!));
    const givenValue = scaledGiven(check, given?.[m]);
    if (givenValue !== undefined) {
      if (sum.scaled !== null && sum.scaled !== givenValue)
        reportMismatch(check, `/given/byMethod/${m}`, `Tổng điểm ${m}`, givenValue, sum.scaled);
      else if (sum.scaled === null) return { scaled: givenValue, origin: 'given' };
    }
    return { scaled: sum.scaled, origin: sum.scaled === null ? 'unknown' : sum.origin };
  });
}

/** Sum of cells: null as soon as one is unknown; `derived` if any part was derived, else `given` if any was given. */
function sumOfCells(cells: readonly MethodCell[]): ScaledFigure {
  let scaled = 0;
  let origin: Origin = 'computed';
  for (const c of cells) {
    if (c.scaled === null) return { scaled: null, origin };
    scaled += c.scaled;
    if (c.origin !== 'computed') origin = c.origin === 'derived' ? 'derived' : origin === 'derived' ? 'derived' : 'given';
  }
  return { scaled, origin };
}

/**
 * The unit's total: from the components when all are known, else from the methods, else the given total (a
 * computed total is checked against a given one). A single unknown method total is then derived from it.
 */
export function unitTotal(
  check: GivenFigureCheck,
  components: readonly ComponentTotal[],
  byMethod: ScaledFigure[],
  givenTotal: number | undefined,
): ScaledFigure {
  const given = scaledGiven(check, givenTotal);
  let total: ScaledFigure = { scaled: null, origin: 'computed' };
  if (components.every((c) => c.scaled !== null))
    total = {
      scaled: components.reduce((s, c) => s + c.scaled!, 0),
      origin: components.every((c) => c.origin === 'computed') ? 'computed' : 'given',
    };
  else if (byMethod.every((x) => x.scaled !== null)) total = { scaled: byMethod.reduce((s, x) => s + x.scaled!, 0), origin: 'given' };
  else if (given !== undefined) return deriveSingleUnknown(byMethod, { scaled: given, origin: 'given' });
  if (total.scaled !== null && given !== undefined && given !== total.scaled)
    reportMismatch(check, '/given/total', 'Tổng điểm', given, total.scaled);
  return deriveSingleUnknown(byMethod, total);
}

function deriveSingleUnknown(byMethod: ScaledFigure[], total: ScaledFigure): ScaledFigure {
  const unknown = byMethod.filter((x) => x.scaled === null);
  if (total.scaled !== null && unknown.length === 1) {
    unknown[0]!.scaled = total.scaled - byMethod.reduce((s, y) => s + (y.scaled ?? 0), 0);
    unknown[0]!.origin = 'derived';
  }
  return total;
}

/** Per-method figures of the unit, keyed by method. */
export function byMethodFigures(
  methods: readonly NodeMethod[],
  totals: readonly ScaledFigure[],
  decimals: number,
): Partial<Record<NodeMethod, Figure>> {
  const out: Partial<Record<NodeMethod, Figure>> = {};
  methods.forEach((m, k) => {
    const x = totals[k]!;
    out[m] = { value: x.scaled === null ? null : fromScaled(x.scaled, decimals), origin: x.origin };
  });
  return out;
}

/** Index: total as a percentage of the applicable maximum (both scaled), at the index decimals. */
export function indexFigure(total: ScaledFigure, applicableMaxScaled: number, indexDecimals: number, mode: RoundingMode): Figure {
  if (total.scaled === null || applicableMaxScaled === 0) return { value: null, origin: 'unknown' };
  return {
    value: fromScaled(toScaled((total.scaled / applicableMaxScaled) * 100, indexDecimals, mode), indexDecimals),
    origin: total.origin === 'computed' ? 'computed' : 'derived',
  };
}
