import { applyRule, roundTo, type RuleInput, type ScoringRule } from '@par/scoring';
import {
  SIPAS_FACTOR_LABELS_VI,
  type CampaignCycleContext,
  type CampaignDefinition,
  type SipasFactor,
  type SurveyNode,
} from '../campaign/campaign.definition';
import type { SurveyItemResult } from '../campaign/campaign.events';
import type { StoredResponse } from '../campaign/campaign.state';

export interface UnitResults {
  unitId: string;
  items: SurveyItemResult[];
}

/** Decimals a published rate keeps (points are computed from the unrounded rate). */
export const RATE_DECIMALS = 6;

/** What a node's rule reads from a rate: the rate itself, a percentage for bands, a share for a ratio. */
function ruleInput(rule: ScoringRule, rate: number): RuleInput {
  if (rule.type === 'bands') return { measure: rate * 100, numerator: rate, denominator: 1 };
  if (rule.type === 'ratio') return { numerator: rate, denominator: 1 };
  return { rate };
}

/** Points of a node for a rate: the framework's rule (the one implementation in @par/scoring), rounded as it rounds. */
export function surveyPoints(node: SurveyNode, rate: number, cycle: Pick<CampaignCycleContext, 'decimals' | 'roundingMode'>): number {
  const outcome = applyRule(node.rule, node.max, ruleInput(node.rule, rate), cycle.decimals, false);
  if (!outcome.ok || outcome.points === undefined)
    throw new Error(`Rule ${node.rule.type} of ${node.code} cannot score a rate: ${outcome.error}`);
  return roundTo(outcome.points, cycle.decimals, cycle.roundingMode);
}

/** The units a campaign assesses: those of its groups, or every unit of the cycle for a group without a list. */
export function assessedUnits(def: CampaignDefinition, unitIds: readonly string[]): string[] {
  if (def.groups.some((g) => g.assesses.length === 0)) return [...unitIds];
  const listed = new Set(def.groups.flatMap((g) => g.assesses));
  return unitIds.filter((u) => listed.has(u));
}

/** The nodes the questionnaire measures, in question order, each with its SIPAS factor (null for XHH). */
export function measuredCodes(def: CampaignDefinition): { code: string; factor: SipasFactor | null }[] {
  const out = new Map<string, SipasFactor | null>();
  for (const q of def.questions) if (!out.has(q.code)) out.set(q.code, q.factor);
  return [...out].map(([code, factor]) => ({ code, factor }));
}

/** Counts per (unit, node, group) in flat arrays indexed by position: no string keys per answer (100,000 responses). */
interface Tallies {
  units: Map<string, number>;
  codes: Map<string, number>;
  groups: Map<string, number>;
  pos: Uint32Array;
  ans: Uint32Array;
  /** Responses per (unit, node) that answered at least one of the node's questions. */
  counted: Uint32Array;
}

function tallies(def: CampaignDefinition, unitIds: readonly string[], responses: ReadonlyMap<string, StoredResponse>): Tallies {
  const positive = new Set(def.scale.positive);
  const units = new Map(unitIds.map((u, i) => [u, i]));
  const codes = new Map(measuredCodes(def).map((c, i) => [c.code, i]));
  const groups = new Map(def.groups.map((g, i) => [g.code, i]));
  const C = codes.size;
  const G = groups.size;
  const qCode = def.questions.map((q) => codes.get(q.code)!);
  const t: Tallies = {
    units,
    codes,
    groups,
    pos: new Uint32Array(units.size * C * G),
    ans: new Uint32Array(units.size * C * G),
    counted: new Uint32Array(units.size * C),
  };
  const seen = new Uint8Array(C);
  for (const r of responses.values()) {
    const u = units.get(r.unitId);
    const g = groups.get(r.group);
    if (u === undefined || g === undefined) continue;
    seen.fill(0);
    for (let k = 0; k < qCode.length; k++) {
      const v = r.answers[k];
      if (v === null || v === undefined) continue;
      const c = qCode[k]!;
      const at = (u * C + c) * G + g;
      t.ans[at]!++;
      if (positive.has(v)) t.pos[at]!++;
      if (!seen[c]) {
        seen[c] = 1;
        t.counted[u * C + c]!++;
      }
    }
  }
  return t;
}

/** A unit's rate on a node: pooled, or the weighted mean of its groups' rates (groups without answers left out). */
function rateOf(def: CampaignDefinition, t: Tallies, u: number, c: number): number {
  const G = t.groups.size;
  let pos = 0;
  let ans = 0;
  let weighted = 0;
  let weights = 0;
  def.groups.forEach((g, gi) => {
    const at = (u * t.codes.size + c) * G + gi;
    const a = t.ans[at]!;
    if (a === 0) return;
    pos += t.pos[at]!;
    ans += a;
    weighted += g.weight * (t.pos[at]! / a);
    weights += g.weight;
  });
  if (ans === 0) return 0;
  return def.weighting === 'group-weights' ? weighted / weights : pos / ans;
}

/**
 * Pure: per assessed unit and measured node, the rate of positive answers and the points by the node's rule.
 * A unit without answers on a node gets rate 0 and the points the rule gives for 0.
 */
export function aggregateResults(
  def: CampaignDefinition,
  cycle: CampaignCycleContext,
  responses: ReadonlyMap<string, StoredResponse>,
): UnitResults[] {
  const nodes = new Map(cycle.nodes.map((n) => [n.code, n]));
  const t = tallies(def, cycle.unitIds, responses);
  const measured = measuredCodes(def);
  return assessedUnits(def, cycle.unitIds).map((unitId) => {
    const u = t.units.get(unitId)!;
    return {
      unitId,
      items: measured.map(({ code, factor }, c) => {
        const rate = rateOf(def, t, u, c);
        return {
          code,
          factor,
          rate: roundTo(rate, RATE_DECIMALS),
          points: surveyPoints(nodes.get(code)!, rate, cycle),
          responses: t.counted[u * measured.length + c]!,
        };
      }),
    };
  });
}

export interface SipasFactorResult {
  factor: SipasFactor;
  labelVi: string;
  code: string;
  rate: number;
  points: number;
}

/** SIPAS of one unit: each factor's rate and points, and the index (mean of the factors' rates), null without factors. */
export function sipasOf(items: readonly SurveyItemResult[]): { factors: SipasFactorResult[]; index: number | null } {
  const factors = items
    .filter((i): i is SurveyItemResult & { factor: SipasFactor } => i.factor !== null)
    .map((i) => ({ factor: i.factor, labelVi: SIPAS_FACTOR_LABELS_VI[i.factor], code: i.code, rate: i.rate, points: i.points }));
  const index = factors.length ? roundTo(factors.reduce((s, f) => s + f.rate, 0) / factors.length, RATE_DECIMALS) : null;
  return { factors, index };
}

export interface ProgressRow {
  unitId: string;
  group: string;
  responses: number;
  quota: number;
}

/** Pure: responses per assessed unit and group against the group's quota. */
export function surveyProgress(
  def: CampaignDefinition,
  unitIds: readonly string[],
  responses: ReadonlyMap<string, StoredResponse>,
): ProgressRow[] {
  const count = new Map<string, number>();
  for (const r of responses.values()) count.set(`${r.unitId}\0${r.group}`, (count.get(`${r.unitId}\0${r.group}`) ?? 0) + 1);
  const rows: ProgressRow[] = [];
  for (const unitId of assessedUnits(def, unitIds)) {
    for (const g of def.groups) {
      if (g.assesses.length && !g.assesses.includes(unitId)) continue;
      rows.push({ unitId, group: g.code, responses: count.get(`${unitId}\0${g.code}`) ?? 0, quota: g.quotaPerUnit });
    }
  }
  return rows;
}
