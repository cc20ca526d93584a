// Public door of @par/scoring: pure scoring engine (no I/O, no Nest). See README.md.
export type {
  AdjustmentRule,
  AggregateNode,
  Applicability,
  BandMeasure,
  ClassBand,
  Classification,
  Component,
  Criterion,
  Decision,
  Framework,
  Leaf,
  MeasurementMethod,
  NodeMethod,
  Problem,
  RoundingPolicy,
  Remainder,
  RuleType,
  SchemaVersion,
  ScoreBand,
  ScoringFields,
  ScoringRule,
  StructureCounts,
  SubCriterion,
  SubordinateShareRule,
  ValidationResult,
} from './framework/framework.types';
export { BAND_MEASURES, CURRENT_SCHEMA_VERSION, MEASUREMENT_METHODS } from './framework/framework.types';
export { FIVE_CLASS_BANDS } from './classification/standard-bands';
export { frameworkJsonSchema } from './framework/framework.schema';
export { parseFramework, validateFramework } from './framework/validate-framework';
export { upgradeFramework, type FrameworkChange, type UpgradeResult } from './framework/upgrade-framework';
export { leavesOf, parseShare, remainderCode } from './framework/framework-nodes';
export { METHOD_LABELS_VI, methodLabelVi } from './framework/method-labels';
export { applyRule, type RuleInput, type RuleOutcome } from './rules/apply-rule';
export { describeRuleVi } from './rules/describe-rule';
export {
  scoreViolation,
  selfScoreMethodViolation,
  SELF_ASSESSED_METHODS,
  type ScoreLimits,
  type ScoreViolation,
} from './rules/validate-score';
export {
  competitionRanks,
  classify,
  adjustClass,
  isClassified,
  NOT_CLASSIFIED_VI,
  type AdjustmentOutcome,
  type AdjustmentStatus,
  type ClassResult,
  type SubordinateClass,
} from './classification/rank-and-classify';
export {
  evaluateCycle,
  rankUnits,
  evaluateUnit,
  subordinatesOf,
  type ComponentResult,
  type CycleEvaluation,
  type EvaluateOptions,
  type Figure,
  type GivenFigures,
  type LeafResult,
  type LostItem,
  type LostPoints,
  type Origin,
  type ScoreEntry,
  type UnitEvaluation,
  type UnitResults,
} from './evaluate/evaluate-cycle';
export { decimalsOf, formatVi, fromScaled, parseFigure, roundTo, toScaled, type ParsedFigure, type RoundingMode } from './numbers/decimal';
export { conditionalNodesOf, notApplicableProblems } from './evaluate/unit-problems';
export { reconcileReport, parseReport } from './reconcile/reconcile-report';
export type {
  ComponentTableSection,
  Contradiction,
  ContradictionCode,
  FrameworkSummarySection,
  Printed,
  PublishedReport,
  RankingTableSection,
  ReconciliationNote,
  ReconciliationResult,
  ReportSection,
  UnitDetailSection,
} from './reconcile/report.types';
export {
  compareYears,
  trendLabel,
  type Baseline,
  type Change,
  type CompareOptions,
  type LineageEvent,
  type Trend,
  type YearComparison,
} from './compare/compare-years';
