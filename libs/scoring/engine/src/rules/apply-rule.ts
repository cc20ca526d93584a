import type { ScoringRule } from '../framework/framework.types';
import { formatVi } from '../numbers/decimal';
import { scoreViolation } from './validate-score';

/** Raw facts a rule turns into points. Which field is read depends on the rule type. */
export interface RuleInput {
  /** yes-no */
  yes?: boolean;
  /** ratio */
  numerator?: number;
  denominator?: number;
  /** bands: the percentage or count measured */
  measure?: number;
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
  const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
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
    case 'bands': {
      const m = input.measure;
      if (!isNum(m)) return fail('Thiếu số liệu để xác định mức điểm.', 'bands rule needs measure');
      const unit = rule.on === 'percentage' ? '%' : rule.unitLabel ? ` ${rule.unitLabel}` : '';
      const hit = rule.bands.find((b) => (b.min === undefined || m >= b.min) && (b.max === undefined || m <= b.max));
      const pts = Math.min(max, hit ? hit.points : (rule.otherwise ?? 0));
      const band = hit?.label ? ` (${hit.label})` : hit ? '' : ' (không đạt mức nào)';
      return out(pts, () => `${n(m, 2)}${unit}${band}`);
    }
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
