import type { RoundingMode, ScoringRule } from '@par/scoring';

/** A survey campaign's definition: what is asked, on which scale, of whom, about which units. Plain data. */

/** The five SIPAS factors (citizens' satisfaction with public administrative services). */
export const SIPAS_FACTORS = ['access', 'procedures', 'civil-servants', 'results', 'feedback'] as const;
export type SipasFactor = (typeof SIPAS_FACTORS)[number];

export const SIPAS_FACTOR_LABELS_VI: Readonly<Record<SipasFactor, string>> = {
  access: 'Tiếp cận dịch vụ',
  procedures: 'Thủ tục hành chính',
  'civil-servants': 'Công chức trực tiếp giải quyết công việc',
  results: 'Kết quả giải quyết công việc',
  feedback: 'Tiếp nhận, xử lý ý kiến góp ý, phản ánh, kiến nghị',
};

/** An answer scale: its levels and which of them count as positive (satisfied). */
export interface AnswerScale {
  levels: { value: number; label: string }[];
  positive: number[];
}

/** A respondent group (delegates, leaders, civil servants, citizens, firms) with its quota per unit and weight. */
export interface RespondentGroup {
  code: string;
  name: string;
  /** Responses wanted per assessed unit (progress is measured against it). */
  quotaPerUnit: number;
  /** Weight of the group's rate in a unit's rate (`weighting: 'group-weights'`); default 1. */
  weight: number;
  /** The units the group assesses; empty = every unit of the cycle (since 2025 the two levels assess each other). */
  assesses: string[];
}

/** One question, mapped to the framework's survey- or satisfaction-measured scoring node it scores. */
export interface SurveyQuestion {
  id: string;
  text: string;
  /** The scoring node's code in the cycle's pinned framework. */
  code: string;
  /** SIPAS factor (satisfaction-measured nodes only). */
  factor: SipasFactor | null;
  required: boolean;
}

export interface CampaignDefinition {
  campaignId: string;
  cycleId: string;
  name: string;
  scale: AnswerScale;
  groups: RespondentGroup[];
  questions: SurveyQuestion[];
  /** `pooled`: positive answers / answers; `group-weights`: the weighted mean of each group's rate. */
  weighting: 'pooled' | 'group-weights';
}

/** A scoring node of the cycle's framework as a campaign needs it (resolved by the handler from the catalog). */
export interface SurveyNode {
  code: string;
  name: string;
  max: number;
  method: string;
  rule: ScoringRule;
}

/** The framework and units a campaign is checked and aggregated against. */
export interface CampaignCycleContext {
  frameworkId: string;
  frameworkVersion: number;
  /** Every scoring node of the pinned framework (survey-measured or not). */
  nodes: SurveyNode[];
  decimals: number;
  roundingMode: RoundingMode;
  /** Units of the cycle. */
  unitIds: string[];
}
