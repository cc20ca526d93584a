import type { ClassBand, Component, Framework, NodeMethod } from '../framework/framework.types';
import { leavesOf } from '../framework/framework-nodes';
import { formatVi, parseFigure, type ParsedFigure } from '../numbers/decimal';
import type { Contradiction, ReconciliationNote } from './report.types';
import { METHOD_LABELS_VI } from '../framework/method-labels';

export const EPS = 1e-9;
export const norm = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/** How precisely a section prints its figures (`decimals` when it declares it rounded them). */
export interface SectionPrecision {
  decimals?: number;
}

/** A figure remembered for the cross-table check: the same `what` of one unit must agree everywhere. */
export interface RememberedFigure {
  place: string;
  what: string;
  fig: ParsedFigure;
  fw: Framework;
  sec: SectionPrecision;
}

/** The state of one reconciliation: what was found, and what later checks need from earlier sections. */
export interface Reconciliation {
  frameworks: Map<string, Framework>;
  contradictions: Contradiction[];
  notes: ReconciliationNote[];
  /** Figures per unit collected across sections, for cross-table checks. */
  unitFigures: Map<string, RememberedFigure[]>;
  /** Checks that need every section read first (they return how many checks they made). */
  deferred: (() => number)[];
  /** Classes of subordinate tables by parent (normalised name), for adjustment rules. */
  subordinateClasses: Map<string, { cls: string | null; fw: Framework }[]>;
}

export const METHOD_VI: Record<string, string> = { ...METHOD_LABELS_VI, total: 'tổng' };

export function remember(
  r: Reconciliation,
  unitKey: string,
  what: string,
  place: string,
  fig: ParsedFigure,
  fw: Framework,
  sec: SectionPrecision,
): void {
  const list = r.unitFigures.get(unitKey) ?? [];
  list.push({ place, what, fig, fw, sec });
  r.unitFigures.set(unitKey, list);
}

/** Reads a printed figure; an unreadable one is a contradiction of its own. */
export function readFigure(r: Reconciliation, x: unknown, place: string): ParsedFigure | undefined {
  if (x === undefined || x === null) return undefined;
  const f = parseFigure(x);
  if (!f)
    r.contradictions.push({
      code: 'UNREADABLE_FIGURE',
      place,
      actual: String(x),
      message: `Không đọc được số liệu "${String(x)}".`,
      detail: `Cannot read figure ${JSON.stringify(x)}`,
    });
  return f;
}

/**
 * The tolerance of a printed figure. One printed with fewer decimals than the framework is read as exact
 * (trailing zeros dropped: "16,5", "-2 điểm") unless its section declares it was rounded (`decimals`). Rounding
 * at `total` leaves each shown part within half a unit of the framework's last decimal.
 */
export function halfUlp(fw: Framework, sec?: SectionPrecision): number {
  return sec?.decimals !== undefined && sec.decimals < fw.rounding.decimals
    ? 0.5 * 10 ** -sec.decimals
    : fw.rounding.at === 'total'
      ? 0.5 * 10 ** -fw.rounding.decimals
      : 0;
}

/** A number in Vietnamese at the framework's decimals, trailing zeros trimmed. */
export const vi = (x: number, fw: Framework) => formatVi(x, fw.rounding.decimals, false);

export const componentOf = (fw: Framework, code: string) => fw.components.find((c) => c.code === code);

/** A component's maximum for one method (declared, else summed from its leaves), or its total maximum. */
export function cellMax(c: Component, fw: Framework, m: NodeMethod | 'total'): number {
  if (m === 'total') return c.max;
  const declared = c.maxByMethod?.[m];
  if (declared !== undefined) return declared;
  return leavesOf(fw)
    .filter((l) => l.componentCode === c.code && l.method === m)
    .reduce((s, l) => s + l.max, 0);
}

export const unitKeyOf = (row: { unit: string; unitId?: string }) => row.unitId ?? norm(row.unit);

export function unknownComponent(r: Reconciliation, place: string, code: string, fw: Framework): void {
  r.contradictions.push({
    code: 'UNKNOWN_COMPONENT',
    place,
    actual: code,
    message: `Lĩnh vực "${code}" không có trong bộ tiêu chí ${fw.id}.`,
    detail: `Component ${code} not in framework ${fw.id}`,
  });
}

/** The band a value falls in (highest first; below every threshold: the lowest). */
export function bandOf(value: number, bands: readonly ClassBand[]): ClassBand | null {
  for (const b of bands) if (value + EPS >= (b.min ?? 0)) return b;
  return bands[bands.length - 1] ?? null;
}
