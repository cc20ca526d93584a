import type { Leaf, NodeMethod, Problem } from '../framework/framework.types';
import type { RuleInput } from '../rules/apply-rule';
import type { ClassResult, SubordinateClass } from '../classification/rank-and-classify';

/** One scored node's result for one unit. Give `value` (points) or `input` (facts the rule turns into points). */
export interface ScoreEntry {
  value?: number;
  input?: RuleInput;
  /** Self-assessed points, kept for reports. */
  self?: number;
  /** Appraisal reason (why points were lost). */
  reason?: string;
  /** Optional assertion of the node's measurement method; a mismatch is reported. */
  method?: NodeMethod;
  /** For aggregates: the lost points the source itemises (name, points, reason). */
  lostItems?: { name: string; points: number; reason?: string }[];
}

/** Figures known only above the scored nodes (e.g. a district's published total). */
export interface GivenFigures {
  total?: number;
  byMethod?: Partial<Record<NodeMethod, number>>;
  components?: Record<string, { total?: number; byMethod?: Partial<Record<NodeMethod, number>> }>;
}

export interface UnitResults {
  unitId: string;
  unitName?: string;
  /** Parent unit (a commune's district), for subordinate-class rules. */
  parentId?: string;
  scores: Record<string, ScoreEntry>;
  /** Codes of scored nodes that do not apply to this unit (their max drops out). */
  notApplicable?: string[];
  given?: GivenFigures;
}

export interface EvaluateOptions {
  /** Classes of subordinate units (e.g. communes) for subordinate-share rules. */
  subordinates?: readonly SubordinateClass[];
  /** Switch adjustment rules on/off for this cycle: `{ [ruleId]: boolean }`. */
  adjustments?: Readonly<Record<string, boolean>>;
  /** Include per-node detail in the output (default true). */
  includeLeaves?: boolean;
}

/** Where a figure comes from: computed from scored nodes, given as such, derived by subtraction, or unknown. */
export type Origin = 'computed' | 'given' | 'derived' | 'unknown';
export interface Figure {
  value: number | null;
  origin: Origin;
}

export interface LeafResult {
  code: string;
  name: string;
  kind: Leaf['kind'];
  componentCode: string;
  method: NodeMethod;
  max: number;
  applicable: boolean;
  value: number | null;
  self?: number;
  origin: Origin;
  explanation: string;
  reason?: string;
}

export interface LostItem {
  code: string;
  name: string;
  componentCode: string;
  method: NodeMethod;
  departments: string[];
  max: number;
  achieved: number;
  lost: number;
  reason?: string;
  /** For aggregates: what the source itemises, and the part it does not. */
  items?: { name: string; points: number; reason?: string }[];
  notItemised?: number;
}

export interface ComponentResult {
  code: string;
  name: string;
  max: number;
  applicableMax: number;
  maxByMethod: Partial<Record<NodeMethod, number>>;
  total: Figure;
  byMethod: Partial<Record<NodeMethod, Figure>>;
  lost: Figure;
  lostByMethod: Partial<Record<NodeMethod, Figure>>;
}

export interface LostPoints {
  total: Figure;
  items: LostItem[];
  byComponent: { code: string; name: string; lost: number; items: LostItem[] }[];
  /** An item with several departments is listed under each (so these totals may overlap). */
  byDepartment: { code: string; name: string; lost: number; items: LostItem[] }[];
}

export interface UnitEvaluation {
  unitId: string;
  unitName?: string;
  parentId?: string;
  components: ComponentResult[];
  byMethod: Partial<Record<NodeMethod, Figure>>;
  total: Figure;
  applicableMax: number;
  /** total / applicableMax × 100. */
  index: Figure;
  rank: number | null;
  class: ClassResult | null;
  lostPoints: LostPoints;
  leaves?: LeafResult[];
  problems: Problem[];
}

export interface CycleEvaluation {
  frameworkId: string;
  frameworkVersion: string;
  unitType: string;
  decimals: number;
  units: UnitEvaluation[];
  ok: boolean;
}
