import type { RoundingMode } from '../numbers/decimal';

/** How a scoring node is measured. */
export type MeasurementMethod = 'appraised' | 'survey' | 'satisfaction' | 'indicator';
/** `mixed` is only allowed on aggregate nodes that stand for points of several methods (detail not known). */
export type NodeMethod = MeasurementMethod | 'mixed';
export const MEASUREMENT_METHODS: readonly NodeMethod[] = ['appraised', 'survey', 'satisfaction', 'indicator', 'mixed'];

export type ScoringRule =
  /** Any value 0..max; when `step` is set, a whole multiple of it. */
  | { type: 'manual'; step?: number }
  /** max or 0. */
  | { type: 'yes-no' }
  /** numerator / denominator × max, capped at max. `unitLabel` names what is counted ("thủ tục"). */
  | { type: 'ratio'; unitLabel?: string }
  /**
   * First band whose bounds hold gives the points; `otherwise` (default 0) when none holds. What the bounds apply to:
   * `percentage` / `count`: a measure given as such; `ratio`: numerator / denominator × 100 (%); `growth`: the growth
   * rate of a figure, (current − previous) / previous × 100 (%). Bounds are inclusive.
   */
  | {
      type: 'bands';
      on: BandMeasure;
      bands: ScoreBand[];
      otherwise?: number;
      unitLabel?: string;
    }
  /** `from` (default max) minus `perOccurrence` × occurrences, floored at 0. */
  | { type: 'deduction'; perOccurrence: number; from?: number; unitLabel?: string }
  /** rate × max; rate is a share in 0..1 (survey or satisfaction). */
  | { type: 'rate' };

export type RuleType = ScoringRule['type'];

/** What a `bands` rule's bounds apply to. `ratio` and `growth` (schemaVersion 2) are computed from raw figures. */
export type BandMeasure = 'percentage' | 'count' | 'ratio' | 'growth';
export const BAND_MEASURES: readonly BandMeasure[] = ['percentage', 'count', 'ratio', 'growth'];

/** One step of a `bands` rule: bounds inclusive, either may be omitted. */
export interface ScoreBand {
  min?: number;
  max?: number;
  points: number;
  label?: string;
}

/** `always`: must be scored for every unit; `conditional`: a unit may be declared not applicable. */
export interface Applicability {
  mode: 'always' | 'conditional';
  /** When the node does not apply (Vietnamese), e.g. "Đơn vị không có TTHC". */
  condition?: string;
}

export interface ScoringFields {
  max: number;
  method: NodeMethod;
  rule: ScoringRule;
  /** Codes from `Framework.departments`; first is the lead department. */
  departments: string[];
  applicability?: Applicability;
  /** The unit must attach evidence (tài liệu kiểm chứng) or, lacking it, write an explanation before submitting. */
  evidenceRequired?: boolean;
}

export interface SubCriterion extends ScoringFields {
  code: string;
  name: string;
  note?: string;
}

/**
 * The part of a criterion's maximum that its listed sub-criteria do not cover (schemaVersion 2): real reports name
 * only some sub-criteria. Scored like a leaf under `code` (default `<criterion code>/remainder`); `method` defaults to
 * the sub-criteria's common method, `rule` to manual, `departments` to none (lost points "not assigned").
 */
export interface Remainder {
  code?: string;
  name: string;
  max: number;
  method?: NodeMethod;
  rule?: ScoringRule;
  departments?: string[];
  applicability?: Applicability;
  evidenceRequired?: boolean;
  /** How many unlisted sub-criteria it stands for (counted against the declared counts). */
  covers?: StructureCounts;
  note?: string;
}

/**
 * A criterion either has sub-criteria, or carries points itself (then the scoring fields are set). With
 * sub-criteria, `max` = their sum, plus `remainder.max` when only some of them are listed.
 */
export interface Criterion extends Partial<ScoringFields> {
  code: string;
  name: string;
  max: number;
  subCriteria?: SubCriterion[];
  remainder?: Remainder;
  note?: string;
}

/**
 * Stands for points whose criteria are not itemised in the source (e.g. "the survey points of component 1",
 * known only as one figure). Carries `covers` so the declared structure can still be checked; never invents names.
 */
export interface AggregateNode extends Omit<ScoringFields, 'departments'> {
  /** Optional: the source may not say which department answers for these points. */
  departments?: string[];
  code: string;
  name: string;
  covers?: StructureCounts;
  /** Names of criteria known to belong here (e.g. from lost-point lists), without codes or maxima. */
  knownItems?: string[];
  note?: string;
}

export interface StructureCounts {
  criteria?: number;
  subCriteria?: number;
  /** Sub-criteria measured by survey. */
  surveySubCriteria?: number;
}

export interface Component {
  code: string;
  name: string;
  /** Short name for table headers. */
  shortName?: string;
  max: number;
  /** Declared maxima per method (checked against the nodes). */
  maxByMethod?: Partial<Record<NodeMethod, number>>;
  criteria?: Criterion[];
  aggregates?: AggregateNode[];
  /** `complete`: every criterion itemised; `partial`: some points are carried by aggregates. */
  detail?: 'complete' | 'partial';
  declaredCounts?: StructureCounts;
  note?: string;
}

export interface Decision {
  number: string;
  date?: string;
  issuer?: string;
  summary?: string;
}

export interface RoundingPolicy {
  decimals: number;
  mode: RoundingMode;
  /**
   * Where rounding happens. `leaf`: each scored node is rounded, sums are exact. `component`: each component's
   * per-method part is rounded, sums above are exact. `total`: only the total is rounded; shown parts are
   * apportioned (largest remainder) so they still add up.
   */
  at: 'leaf' | 'component' | 'total';
  /** Decimals of the index % (default: `decimals`). */
  indexDecimals?: number;
}

export interface ClassBand {
  /** Stable code: excellent, good, fair, average, weak, ... */
  class: string;
  /** Vietnamese label as published ("Tốt"). */
  label: string;
  /** Lower bound (inclusive); omitted or 0 for the lowest band. */
  min?: number;
}

export interface SubordinateShareRule {
  id: string;
  type: 'subordinate-share';
  /** Default for cycles that do not switch it. */
  enabled: boolean;
  subordinateUnitType: string;
  /** Share of subordinates that must reach the same class or better: "2/3" or a number in (0, 1]. */
  minShare: string | number;
  /** Classes dropped when the share is not reached (default 1). */
  drop?: number;
  description?: string;
}

export type AdjustmentRule = SubordinateShareRule;

export interface Classification {
  /** What the bands apply to: index % (default) or total points. */
  basis?: 'index' | 'total';
  /** Highest class first; empty (schemaVersion 2) when the framework does not classify. */
  bands: ClassBand[];
  adjustments?: AdjustmentRule[];
}

/** Format versions this engine reads; files of an older version are rewritten by `upgradeFramework`. */
export type SchemaVersion = 1 | 2;
export const CURRENT_SCHEMA_VERSION = 2 as const;

export interface Framework {
  /** Format version: 2 is current; 1 files stay valid (without the constructs of version 2). */
  schemaVersion: SchemaVersion;
  id: string;
  name: string;
  province: string;
  unitType: string;
  period: { from: number; to: number };
  year?: number;
  version: string;
  decision: Decision;
  amendments?: Decision[];
  totalMax: number;
  maxByMethod?: Partial<Record<NodeMethod, number>>;
  declaredCounts?: StructureCounts;
  /** `partial` when the source does not list every criterion; `detailNote` says what is missing. */
  detail?: 'complete' | 'partial';
  detailNote?: string;
  rounding: RoundingPolicy;
  departments: { code: string; name: string }[];
  /**
   * Optional in the file (schemaVersion 2): a file without it is read as `{ bands: [] }`, and units are ranked but not
   * classified (`class: null`, "không xếp loại"). See `isClassified`.
   */
  classification: Classification;
  ranking?: { basis?: 'index' | 'total' };
  components: Component[];
}

export interface Problem {
  /** JSON pointer into the checked document, e.g. `/components/2/criteria/0/max`. */
  path: string;
  code: string;
  /** Vietnamese, for users. */
  message: string;
  /** English, for developers. */
  detail: string;
  /** 1-based line and column in the source text (set by `parseFramework`, nearest enclosing node). */
  line?: number;
  column?: number;
}

export interface ValidationResult {
  ok: boolean;
  framework?: Framework;
  problems: Problem[];
}

/** A scored node flattened out of the tree (sub-criterion, criterion without sub-criteria, or aggregate). */
export interface Leaf extends ScoringFields {
  code: string;
  name: string;
  kind: 'sub-criterion' | 'criterion' | 'aggregate' | 'remainder';
  componentCode: string;
  criterionCode?: string;
  knownItems?: string[];
  index: number;
  path: string;
}
