import type { Leaf, Problem, RoundingPolicy } from '../framework/framework.types';
import { fromScaled, toScaled } from '../numbers/decimal';
import { applyRule, type RuleOutcome } from '../rules/apply-rule';
import { scoreViolation } from '../rules/validate-score';
import type { LeafResult, Origin, ScoreEntry } from './evaluate-cycle.types';
import type { PreparedFramework } from './prepared-framework';
import { unitProblem } from './unit-problems';

/** One scored node of one unit: its unrounded value (null when unknown) and how it was obtained. */
export interface LeafScore {
  applicable: boolean;
  value: number | null;
  origin: Origin;
  explanation: string;
}

/** What evaluating a leaf needs to know about the unit. */
export interface LeafContext {
  prepared: PreparedFramework;
  unitId: string;
  notApplicable: ReadonlySet<string>;
  decimals: number;
  /** Build Vietnamese explanations (false on the summary path: only refusals are explained). */
  explain: boolean;
  problems: Problem[];
}

/** Scores leaf `i` from the unit's entry: a directly given value, raw figures through the rule, or nothing. */
export function evaluateLeaf(ctx: LeafContext, i: number, entry: ScoreEntry | undefined): LeafScore {
  const leaf = ctx.prepared.leaves[i]!;
  const applicable = !(ctx.notApplicable.has(leaf.code) && leaf.applicability?.mode === 'conditional');
  const unscored: LeafScore = {
    applicable,
    value: null,
    origin: 'unknown',
    explanation: applicable ? 'Chưa có kết quả.' : 'Không áp dụng đối với đơn vị.',
  };
  if (!entry || !applicable) return unscored;
  checkMethod(ctx, leaf, entry);
  if (entry.value !== undefined && entry.input !== undefined) {
    ctx.problems.push(valueAndFigures(ctx.unitId, leaf));
    return { ...unscored, explanation: 'Có cả điểm và số liệu: chưa chấm được.' };
  }
  const outcome = outcomeOf(ctx, i, entry);
  if (!outcome) return unscored;
  if (outcome.ok)
    return {
      applicable,
      value: outcome.points!,
      origin: entry.input !== undefined ? 'computed' : 'given',
      explanation: outcome.explanation,
    };
  const explanation = ctx.explain ? outcome.explanation : ruleOutcome(ctx, i, entry, true).explanation;
  ctx.problems.push(refusal(ctx.unitId, leaf, entry, explanation, outcome.error));
  return { ...unscored, explanation };
}

/** The rule's outcome; a directly given value that scoreViolation accepts skips the rule when nothing is explained. */
function outcomeOf(ctx: LeafContext, i: number, entry: ScoreEntry): RuleOutcome | undefined {
  const { input, value } = entry;
  if (input === undefined && value === undefined) return undefined;
  const acceptedAsGiven =
    !ctx.explain && input === undefined && typeof value === 'number' && scoreViolation(value, ctx.prepared.scoreLimits[i]!) === null;
  if (acceptedAsGiven) return { ok: true, points: value, explanation: '' };
  return ruleOutcome(ctx, i, entry, ctx.explain);
}

/** Raw figures go through the leaf's rule; a given value through the manual rule (range and step). */
function ruleOutcome(ctx: LeafContext, i: number, entry: ScoreEntry, explain: boolean): RuleOutcome {
  const leaf = ctx.prepared.leaves[i]!;
  return entry.input !== undefined
    ? applyRule(leaf.rule, leaf.max, entry.input, ctx.decimals, explain)
    : applyRule(ctx.prepared.manualRules[i]!, leaf.max, { points: entry.value! }, ctx.decimals, explain);
}

function checkMethod(ctx: LeafContext, leaf: Leaf, entry: ScoreEntry): void {
  if (entry.method === undefined || entry.method === leaf.method) return;
  ctx.problems.push(
    unitProblem(
      ctx.unitId,
      `/scores/${leaf.code}/method`,
      'METHOD_MISMATCH',
      `Tiêu chí "${leaf.code}" đo bằng ${leaf.method}, không phải ${entry.method}.`,
      `Node ${leaf.code} is measured by ${leaf.method}, result says ${entry.method}`,
    ),
  );
}

/** Points and raw figures for the same node: which one counts is not for the engine to guess. */
function valueAndFigures(unitId: string, leaf: Leaf): Problem {
  return unitProblem(
    unitId,
    `/scores/${leaf.code}`,
    'VALUE_AND_FIGURES',
    `Tiêu chí "${leaf.code}": có cả điểm (value) và số liệu (input); chỉ được ghi một trong hai.`,
    `Node ${leaf.code} has both a value and raw figures (input); give one of them`,
  );
}

function refusal(unitId: string, leaf: Leaf, entry: ScoreEntry, explanation: string, error: string | undefined): Problem {
  const above = entry.value !== undefined && entry.value > leaf.max;
  return unitProblem(
    unitId,
    `/scores/${leaf.code}`,
    above ? 'SCORE_ABOVE_MAX' : 'INVALID_SCORE',
    `Tiêu chí "${leaf.code}": ${explanation}`,
    error ?? 'invalid score',
  );
}

/** The per-node detail of a unit's evaluation (value shown at the framework's rounding when it rounds leaves). */
export function leafResult(leaf: Leaf, score: LeafScore, entry: ScoreEntry | undefined, rounding: RoundingPolicy): LeafResult {
  const { value } = score;
  const d = rounding.decimals;
  const shown = value === null ? null : rounding.at === 'leaf' ? fromScaled(toScaled(value, d, rounding.mode), d) : value;
  const result: LeafResult = {
    code: leaf.code,
    name: leaf.name,
    kind: leaf.kind,
    componentCode: leaf.componentCode,
    method: leaf.method,
    max: leaf.max,
    applicable: score.applicable,
    value: shown,
    origin: score.origin,
    explanation: score.explanation,
  };
  if (entry?.self !== undefined) result.self = entry.self;
  if (entry?.reason !== undefined) result.reason = entry.reason;
  return result;
}
