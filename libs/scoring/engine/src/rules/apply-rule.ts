import type { ScoreBand, ScoringRule } from '../framework/framework.types';
import { formatVi } from '../numbers/decimal';
import { scoreViolation } from './validate-score';

/** Raw facts a rule turns into points. Which field is read depends on the rule type. */
export interface RuleInput {
  /** yes-no */
  yes?: boolean;
  /** ratio, and bands `on: ratio` (e.g. 47 of 50 procedures) */
  numerator?: number;
  denominator?: number;
  /** bands `on: percentage | count`: the percentage or count measured */
  measure?: number;
  /** bands `on: growth`: the figure of this period and of the previous one */
  current?: number;
  previous?: number;
  /** deduction */
  occurrences?: number;
  /** rate: share in 0..1 (survey / satisfaction rate) */
  rate?: number;
  /** manual: the points awarded */
  points?: number;
}

export interface RuleOutcome {
  ok: boolean;
  /** Unrounded points (0..max); undefined when the input does not fit the rule. */
  points?: number;
  /** Vietnamese explanation: "49/51 thủ tục → 0,48/0,5 điểm". */
  explanation: string;
  /** English detail when !ok. */
  error?: string;
}

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

// Explanations format the same few values (steps, maxima) again and again: memoise per precision, bounded.
const memo: Map<number, string>[] = [];
const n = (x: number, d: number): string => {
  const m = (memo[d] ??= new Map());
  let s = m.get(x);
  if (s === undefined) {
    if (m.size > 20_000) m.clear();
    s = formatVi(x, d, false);
    m.set(x, s);
  }
  return s;
};

/** Applies a scoring rule. `decimals` only affects how the explanation prints numbers. */
export function applyRule(rule: ScoringRule, max: number, input: RuleInput, decimals = 3, explain = true): RuleOutcome {
  const out = (points: number, how: () => string): RuleOutcome => ({
    ok: true,
    points,
    explanation: explain ? `${how()} → ${n(points, decimals)}/${n(max, decimals)} điểm` : '',
  });
  const fail = (vi: string, en: string): RuleOutcome => ({ ok: false, explanation: vi, error: en });
  switch (rule.type) {
    case 'manual': {
      // The decision is scoreViolation's (the one rule for a given score); the explanations stay the rule's own.
      const p = typeof input.points === 'number' ? input.points : NaN;
      const violation = scoreViolation(p, rule.step !== undefined ? { code: '', max, step: rule.step } : { code: '', max });
      if (violation?.code === 'SCORE_INVALID') return fail('Thiếu điểm chấm.', 'manual rule needs points');
      if (violation?.code === 'SCORE_NEGATIVE' || violation?.code === 'SCORE_ABOVE_MAX')
        return fail(`Điểm ${n(p, decimals)} nằm ngoài khoảng 0–${n(max, decimals)}.`, `points ${p} outside 0..${max}`);
      if (violation)
        return fail(
          `Điểm ${n(p, decimals)} không theo bước chấm ${n(rule.step!, decimals)}.`,
          `points ${p} not a multiple of step ${rule.step}`,
        );
      return out(p, () => 'Chấm điểm');
    }
    case 'yes-no': {
      if (typeof input.yes !== 'boolean') return fail('Thiếu kết quả Có/Không.', 'yes-no rule needs yes');
      return out(input.yes ? max : 0, () => (input.yes ? 'Có' : 'Không'));
    }
    case 'ratio': {
      const { numerator: a, denominator: b } = input;
      if (!isNum(a) || !isNum(b)) return fail('Thiếu tử số hoặc mẫu số.', 'ratio rule needs numerator and denominator');
      if (a < 0 || b <= 0) return fail('Tử số phải ≥ 0 và mẫu số phải > 0.', 'numerator must be >= 0, denominator > 0');
      const label = rule.unitLabel ? ` ${rule.unitLabel}` : '';
      return out(Math.min(max, (a / b) * max), () => `${a}/${b}${label}`);
    }
    case 'bands':
      return bandsOutcome(rule, input, max, out, fail);
    case 'deduction': {
      const k = input.occurrences;
      if (!isNum(k) || k < 0 || !Number.isInteger(k))
        return fail('Số lần vi phạm phải là số nguyên ≥ 0.', 'occurrences must be an integer >= 0');
      const from = Math.min(rule.from ?? max, max);
      const pts = Math.max(0, from - k * rule.perOccurrence);
      const label = rule.unitLabel ?? 'lần';
      return out(pts, () => `${k} ${label} × -${n(rule.perOccurrence, decimals)}`);
    }
    case 'rate': {
      const r = input.rate;
      if (!isNum(r) || r < 0 || r > 1) return fail('Tỷ lệ phải nằm trong khoảng 0–1.', 'rate must be in 0..1');
      return out(r * max, () => `Tỷ lệ ${n(r * 100, 2)}%`);
    }
  }
}

type BandsRule = Extract<ScoringRule, { type: 'bands' }>;
type Out = (points: number, how: () => string) => RuleOutcome;
type Fail = (vi: string, en: string) => RuleOutcome;
/** The measure a `bands` rule compares (a % for ratio and growth) and how the explanation names it. */
type Measured = { value: number; text: () => string } | { error: RuleOutcome };

/** Bounds are inclusive; a computed % is compared with a tolerance of 1e-9 so that 9/10 is exactly 90 %. */
const holds = (b: ScoreBand, m: number) => (b.min === undefined || m >= b.min - 1e-9) && (b.max === undefined || m <= b.max + 1e-9);

/** `bands`: the first band whose bounds hold gives the points, else `otherwise` (default 0). */
function bandsOutcome(rule: BandsRule, input: RuleInput, max: number, out: Out, fail: Fail): RuleOutcome {
  const measured = measureOf(rule, input, fail);
  if ('error' in measured) return measured.error;
  const m = measured.value;
  const hit = rule.bands.find((b) => holds(b, m));
  const pts = Math.min(hit ? hit.points : (rule.otherwise ?? 0), max);
  const band = hit?.label ? ` (${hit.label})` : hit ? '' : ' (không đạt mức nào)';
  return out(pts, () => `${measured.text()}${band}`);
}

function measureOf(rule: BandsRule, input: RuleInput, fail: Fail): Measured {
  const label = rule.unitLabel ? ` ${rule.unitLabel}` : '';
  switch (rule.on) {
    case 'ratio': {
      const { numerator: a, denominator: b } = input;
      if (!isNum(a) || !isNum(b)) return { error: fail('Thiếu tử số hoặc mẫu số.', 'bands on ratio need numerator and denominator') };
      if (a < 0 || b <= 0) return { error: fail('Tử số phải ≥ 0 và mẫu số phải > 0.', 'numerator must be >= 0, denominator > 0') };
      const pct = (a * 100) / b;
      return { value: pct, text: () => `${n(a, 6)}/${n(b, 6)}${label} (${n(pct, 2)}%)` };
    }
    case 'growth': {
      const { current: c, previous: p } = input;
      if (!isNum(c) || !isNum(p))
        return { error: fail('Thiếu số liệu kỳ này hoặc kỳ trước.', 'bands on growth need current and previous') };
      if (p <= 0) return { error: fail('Số liệu kỳ trước phải > 0 để tính tốc độ tăng trưởng.', 'previous must be > 0') };
      const pct = ((c - p) * 100) / p;
      return { value: pct, text: () => `Tăng trưởng ${n(pct, 2)}% (${n(c, 6)}${label} so với ${n(p, 6)}${label} kỳ trước)` };
    }
    default: {
      const m = input.measure;
      if (!isNum(m)) return { error: fail('Thiếu số liệu để xác định mức điểm.', 'bands rule needs measure') };
      const unit = rule.on === 'percentage' ? '%' : label;
      return { value: m, text: () => `${n(m, 2)}${unit}` };
    }
  }
}
