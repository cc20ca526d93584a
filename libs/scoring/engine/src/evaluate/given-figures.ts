import type { Problem } from '../framework/framework.types';
import { formatVi, fromScaled, toScaled, type RoundingMode } from '../numbers/decimal';
import type { Figure, Origin } from './evaluate-cycle.types';
import { unitProblem } from './unit-problems';

/** Compares figures the unit gives (published totals) with the ones computed from its scored nodes. */
export interface GivenFigureCheck {
  unitId: string;
  decimals: number;
  mode: RoundingMode;
  problems: Problem[];
}

/** A given figure as a scaled integer at the framework's decimals. */
export function scaledGiven(check: GivenFigureCheck, given: number | undefined): number | undefined {
  return given === undefined ? undefined : toScaled(given, check.decimals, check.mode);
}

/** Reports a given figure that contradicts the computed one (both scaled). */
export function reportMismatch(check: GivenFigureCheck, path: string, what: string, given: number, computed: number): void {
  const d = check.decimals;
  check.problems.push(
    unitProblem(
      check.unitId,
      path,
      'GIVEN_MISMATCH',
      `${what}: số liệu cung cấp ${formatVi(fromScaled(given, d), d)} khác số tính từ các tiêu chí ${formatVi(fromScaled(computed, d), d)}.`,
      `${what}: given ${fromScaled(given, d)} differs from computed ${fromScaled(computed, d)}`,
    ),
  );
}

/** A scaled figure (null when unknown) as a `Figure`. */
export function figureOf(scaled: number | null, origin: Origin, decimals: number): Figure {
  return { value: scaled === null ? null : fromScaled(scaled, decimals), origin: scaled === null ? 'unknown' : origin };
}

/** Lost points carry `computed` only when everything they come from was computed; otherwise `derived`. */
export function lostOrigin(origin: Origin): Origin {
  return origin === 'computed' ? 'computed' : 'derived';
}
