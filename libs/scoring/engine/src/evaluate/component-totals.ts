import type { Component, NodeMethod } from '../framework/framework.types';
import { fromScaled, toScaled } from '../numbers/decimal';
import type { ComponentResult, Figure, GivenFigures, Origin } from './evaluate-cycle.types';
import { figureOf, lostOrigin, reportMismatch, scaledGiven, type GivenFigureCheck } from './given-figures';
import type { MethodCell } from './method-cells';

/** A component's total as a scaled integer (null when unknown), for the unit's total. */
export interface ComponentTotal {
  scaled: number | null;
  origin: Origin;
}

type GivenComponent = NonNullable<GivenFigures['components']>[string] | undefined;

/**
 * One component: its method cells (completed from given figures where unknown), its total (computed, given, or
 * a single unknown cell derived from a given total), and its lost points.
 */
export function evaluateComponent(
  check: GivenFigureCheck,
  comp: Component,
  cells: readonly MethodCell[],
  given: GivenComponent,
): { result: ComponentResult; total: ComponentTotal } {
  fillCellsFromGiven(check, comp, cells, given);
  const total = componentTotal(check, comp, cells, scaledGiven(check, given?.total));
  const d = check.decimals;
  const byMethod: Partial<Record<NodeMethod, Figure>> = {};
  const lostByMethod: Partial<Record<NodeMethod, Figure>> = {};
  const maxByMethod: Partial<Record<NodeMethod, number>> = {};
  let lostScaled: number | null = total.scaled === null ? null : 0;
  let applicableMax = 0;
  for (const cell of cells) {
    maxByMethod[cell.method] = cell.max;
    applicableMax += cell.applicableMax;
    byMethod[cell.method] = { value: cell.scaled === null ? null : fromScaled(cell.scaled, d), origin: cell.origin };
    const lost = cell.scaled === null ? null : toScaled(cell.applicableMax, d) - cell.scaled;
    lostByMethod[cell.method] = figureOf(lost, lostOrigin(cell.origin), d);
    if (lostScaled !== null) lostScaled = lost === null ? null : lostScaled + lost;
  }
  if (lostScaled === null && total.scaled !== null) lostScaled = toScaled(applicableMax, d) - total.scaled;
  const result: ComponentResult = {
    code: comp.code,
    name: comp.name,
    max: comp.max,
    applicableMax,
    maxByMethod,
    total: figureOf(total.scaled, total.origin, d),
    byMethod,
    lost: figureOf(lostScaled, lostOrigin(total.origin), d),
    lostByMethod,
  };
  return { result, total: { scaled: total.scaled, origin: total.scaled === null ? 'unknown' : total.origin } };
}

/** A given per-method figure fills an unknown cell and must equal a known one. */
function fillCellsFromGiven(check: GivenFigureCheck, comp: Component, cells: readonly MethodCell[], given: GivenComponent): void {
  for (const cell of cells) {
    const givenValue = scaledGiven(check, given?.byMethod?.[cell.method]);
    if (givenValue === undefined) continue;
    if (cell.scaled !== null && cell.scaled !== givenValue)
      reportMismatch(
        check,
        `/given/components/${comp.code}/byMethod/${cell.method}`,
        `Lĩnh vực ${comp.code} (${cell.method})`,
        givenValue,
        cell.scaled,
      );
    else if (cell.scaled === null) {
      cell.scaled = givenValue;
      cell.origin = 'given';
    }
  }
}

/** The sum of the cells when all are known (checked against a given total); else the given total, from which a single unknown cell is derived. */
function componentTotal(
  check: GivenFigureCheck,
  comp: Component,
  cells: readonly MethodCell[],
  givenTotal: number | undefined,
): ComponentTotal {
  const unknownCells = cells.filter((c) => c.scaled === null);
  if (unknownCells.length === 0) {
    const sum = cells.reduce((s, c) => s + c.scaled!, 0);
    if (givenTotal !== undefined && givenTotal !== sum)
      reportMismatch(check, `/given/components/${comp.code}/total`, `Lĩnh vực ${comp.code}`, givenTotal, sum);
    return { scaled: sum, origin: cells.every((c) => c.origin === 'computed') ? 'computed' : 'given' };
  }
  if (givenTotal === undefined) return { scaled: null, origin: 'computed' };
  if (unknownCells.length === 1) {
    const derived = unknownCells[0]!;
    derived.scaled = givenTotal - cells.reduce((s, c) => s + (c.scaled ?? 0), 0);
    derived.origin = 'derived';
  }
  return { scaled: givenTotal, origin: 'given' };
}
