import type { Baseline, CycleEvaluation, Framework, LineageEvent, UnitEvaluation } from '@par/scoring';
import type { CycleInfo, ReportHeaderInput } from '../ranking-report/report-input';
import type { EventPosition } from '../model/event-position';

/** One year on record: the cycle, its framework and its evaluation (all units, ranked). */
export interface YearResult {
  cycle: CycleInfo;
  framework: Framework;
  evaluation: CycleEvaluation;
}

export interface UnitAnalysisInput {
  header: ReportHeaderInput;
  unitId: string;
  current: YearResult;
  /** The latest earlier cycle of the same unit type, if any. */
  previous?: YearResult;
  /** Every year on record for the unit type (current included), oldest first: the trend charts. */
  history: YearResult[];
  /** The registry's lineage (`comparisonLineage`): a merged or split unit is not compared without a baseline. */
  lineage?: readonly LineageEvent[];
  baselines?: readonly Baseline[];
  /** The event positions of the read models the report was built from (printed at the end). */
  positions?: EventPosition[];
}

export const unitOf = (y: YearResult, unitId: string): UnitEvaluation | undefined => y.evaluation.units.find((u) => u.unitId === unitId);
export const rankedCount = (y: YearResult) => y.evaluation.units.filter((u) => u.rank !== null).length;
