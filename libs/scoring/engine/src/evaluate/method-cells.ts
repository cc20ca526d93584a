import type { NodeMethod, RoundingPolicy } from '../framework/framework.types';
import { toScaled, type RoundingMode } from '../numbers/decimal';
import type { Origin } from './evaluate-cycle.types';
import type { LeafScore } from './evaluate-leaf';
import type { PreparedFramework } from './prepared-framework';

/** The points of one component measured by one method, as a scaled integer (null when unknown). */
export interface MethodCell {
  method: NodeMethod;
  /** Unrounded sum of the known leaves. */
  raw: number;
  scaled: number | null;
  known: boolean;
  max: number;
  applicableMax: number;
  origin: Origin;
}

/** Sums the leaves into component × method cells, rounded where the framework's policy says. */
export function methodCells(prepared: PreparedFramework, scores: readonly LeafScore[], rounding: RoundingPolicy): MethodCell[] {
  const { decimals, mode, at } = rounding;
  const cells: MethodCell[] = prepared.cells.map((c) => ({
    method: c.method,
    raw: 0,
    scaled: 0,
    known: true,
    max: 0,
    applicableMax: 0,
    origin: 'computed',
  }));
  for (let i = 0; i < prepared.leaves.length; i++) {
    const max = prepared.leaves[i]!.max;
    const cell = cells[prepared.cellOfLeaf[i]!]!;
    const { applicable, value } = scores[i]!;
    cell.max += max;
    if (!applicable) continue;
    cell.applicableMax += max;
    if (value === null) {
      cell.known = false;
      continue;
    }
    cell.raw += value;
    if (at === 'leaf') cell.scaled! += toScaled(value, decimals, mode);
  }
  for (const cell of cells) {
    if (!cell.known) {
      cell.scaled = null;
      cell.origin = 'unknown';
    } else if (at !== 'leaf') cell.scaled = toScaled(cell.raw, decimals, mode);
  }
  if (at === 'total')
    apportion(
      cells.filter((c) => c.known),
      decimals,
      mode,
    );
  return cells;
}

/** Largest-remainder apportionment: rounds the sum once, then gives the leftover units to the largest remainders. */
function apportion(cells: { raw: number; scaled: number | null }[], decimals: number, mode: RoundingMode): void {
  const total = toScaled(
    cells.reduce((s, c) => s + c.raw, 0),
    decimals,
    mode,
  );
  const f = 10 ** decimals;
  const floors = cells.map((c) => Math.floor(Number((c.raw * f).toPrecision(12))));
  let left = total - floors.reduce((s, x) => s + x, 0);
  const order = cells
    .map((c, i) => ({ i, rem: Number((c.raw * f).toPrecision(12)) - floors[i]! }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  cells.forEach((c, i) => (c.scaled = floors[i]!));
  for (const o of order) {
    if (left <= 0) break;
    cells[o.i]!.scaled! += 1;
    left--;
  }
}
