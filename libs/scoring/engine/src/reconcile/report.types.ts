import type { NodeMethod, StructureCounts } from '../framework/framework.types';

/**
 * A published result set as printed (figures as strings in Vietnamese format keep their printed precision:
 * `"2,00"` has 2 decimals; plain numbers are accepted too). Units are matched across sections by `unitId`,
 * else by name.
 */
export type Printed = number | string;

export interface FrameworkSummarySection {
  kind: 'framework-summary';
  id: string;
  framework: string;
  /** Figures of this section were rounded to this many decimals when printed (default: exact as printed). */
  decimals?: number;
  totalMax?: Printed;
  maxByMethod?: Partial<Record<NodeMethod, Printed>>;
  counts?: StructureCounts & { components?: number };
  components?: ({ code: string } & StructureCounts)[];
}

/** A table of per-component points (one method, or component totals) per unit, with an optional header of maxima. */
export interface ComponentTableSection {
  kind: 'component-table';
  id: string;
  framework: string;
  /** Figures of this section were rounded to this many decimals when printed (default: exact as printed). */
  decimals?: number;
  /** Which points the table shows; `total` = component totals. */
  method: NodeMethod | 'total';
  /** Maxima printed in the header, per component code. */
  header?: Record<string, Printed>;
  rows: { unit: string; unitId?: string; parts: Record<string, Printed>; total?: Printed }[];
}

/** Scores, ranks, classes (and optionally index %) per unit. */
export interface RankingTableSection {
  kind: 'ranking-table';
  id: string;
  framework: string;
  /** Figures of this section were rounded to this many decimals when printed (default: exact as printed). */
  decimals?: number;
  /** Parent of every unit of the table (e.g. the district of these communes), by unitId or name. */
  parent?: string;
  rows: { order?: number; unit: string; unitId?: string; score: Printed; rank?: number; class?: string; index?: Printed }[];
}

export interface UnitDetailSection {
  kind: 'unit-detail';
  id: string;
  framework: string;
  /** Figures of this section were rounded to this many decimals when printed (default: exact as printed). */
  decimals?: number;
  unit: string;
  unitId?: string;
  total?: Printed;
  components: {
    code: string;
    /** Maxima as printed; `max` alone means the component's total maximum. */
    max?: Printed;
    maxByMethod?: Partial<Record<NodeMethod, Printed>>;
    self?: Printed;
    appraised?: Printed;
    survey?: Printed;
    satisfaction?: Printed;
    indicator?: Printed;
    /** Lost appraised points as printed: the stated total and the itemised list. */
    lost?: { total?: Printed; items?: { name: string; points: Printed }[] };
  }[];
}

export type ReportSection = FrameworkSummarySection | ComponentTableSection | RankingTableSection | UnitDetailSection;

export interface PublishedReport {
  id?: string;
  title?: string;
  source?: string;
  sections: ReportSection[];
}

export type ContradictionCode =
  | 'UNKNOWN_FRAMEWORK'
  | 'UNKNOWN_COMPONENT'
  | 'UNREADABLE_FIGURE'
  | 'HEADER_MAX_MISMATCH'
  | 'MAX_MISMATCH'
  | 'COUNT_MISMATCH'
  | 'SCORE_ABOVE_MAX'
  | 'PARTS_DONT_SUM'
  | 'LOST_MISMATCH'
  | 'LOST_NOT_ITEMIZED'
  | 'RANK_MISMATCH'
  | 'CLASS_MISMATCH'
  | 'PERCENT_MISMATCH'
  | 'CROSS_TABLE_MISMATCH';

export interface Contradiction {
  code: ContradictionCode;
  /** Where: section id and position, e.g. `survey-districts/header/1`. */
  place: string;
  expected?: number | string;
  actual?: number | string;
  /** Size of the disagreement (points, ranks, or rows affected). */
  size?: number;
  /** Vietnamese, for users. */
  message: string;
  /** English, for developers. */
  detail: string;
  /** Rows involved when one contradiction spans a column (e.g. a rank column). */
  rows?: { place: string; expected: number | string; actual: number | string }[];
}

export interface ReconciliationNote {
  place: string;
  message: string;
  detail: string;
}

export interface ReconciliationResult {
  ok: boolean;
  contradictions: Contradiction[];
  /** What could not be checked and why (not contradictions). */
  notes: ReconciliationNote[];
  /** Number of individual checks made. */
  checks: number;
}
