import type { CycleEvaluation, UnitEvaluation } from '../evaluate/evaluate-cycle';
import { fromScaled, toScaled } from '../numbers/decimal';

/** A change in the unit registry between two cycles. */
export interface LineageEvent {
  kind: 'merged' | 'split' | 'renamed';
  /** Unit ids before the change. */
  from: string[];
  /** Unit ids after the change. */
  to: string[];
  /** ISO date (e.g. "2025-07-01"); when `years` is given, only events after the previous cycle's year count. */
  effective?: string;
}

/** A previous-year figure set defined for a unit whose lineage otherwise makes it not comparable. */
export interface Baseline {
  unitId: string;
  total?: number;
  components?: Record<string, number>;
  rank?: number;
  /** How it was built, e.g. "Bình quân gia quyền theo dân số của 3 xã cũ" (Vietnamese). */
  note?: string;
}

export type Trend = 'rose' | 'held' | 'fell' | 'not-comparable';

export interface Change {
  previous: number | null;
  current: number | null;
  change: number | null;
  trend: Trend;
}

export interface YearComparison {
  unitId: string;
  unitName?: string;
  comparable: boolean;
  /** What the comparison is against: the unit's previous cycle, a defined baseline, or nothing. */
  against: 'previous' | 'baseline' | 'none';
  /** Vietnamese reason when not comparable or compared against a baseline. */
  reason?: string;
  components: (Change & { code: string; name: string })[];
  total: Change;
  /** Rank change; positive `change` = moved up (e.g. 5th → 2nd is +3). */
  rank: { previous: number | null; current: number | null; change: number | null };
}

export interface CompareOptions {
  lineage?: readonly LineageEvent[];
  baselines?: readonly Baseline[];
  years?: { previous: number; current: number };
}

const trendVi: Record<Trend, string> = { rose: 'tăng', held: 'giữ nguyên', fell: 'giảm', 'not-comparable': 'không so sánh được' };
export function trendLabel(t: Trend): string {
  return trendVi[t];
}

/**
 * Year-over-year comparison per component and total, with rose/held/fell (compared at the current framework's
 * decimals) and rank change. Units touched by a lineage event (merged, split, renamed) are "not comparable"
 * unless a baseline is defined for them.
 */
export function compareYears(previous: CycleEvaluation, current: CycleEvaluation, options: CompareOptions = {}): YearComparison[] {
  const d = current.decimals;
  const prevById = new Map(previous.units.map((u) => [u.unitId, u]));
  const baselines = new Map((options.baselines ?? []).map((b) => [b.unitId, b]));
  const events = (options.lineage ?? []).filter((e) => {
    if (!options.years || !e.effective) return true;
    const y = Number(e.effective.slice(0, 4));
    return y > options.years.previous && y <= options.years.current;
  });
  const change = (p: number | null | undefined, c: number | null | undefined): Change => {
    if (p === null || p === undefined || c === null || c === undefined)
      return { previous: p ?? null, current: c ?? null, change: null, trend: 'not-comparable' };
    const delta = toScaled(c, d) - toScaled(p, d);
    return { previous: p, current: c, change: fromScaled(delta, d), trend: delta > 0 ? 'rose' : delta < 0 ? 'fell' : 'held' };
  };
  return current.units.map((u) => {
    const base = baselines.get(u.unitId);
    const ev = events.find((e) => e.to.includes(u.unitId) || e.from.includes(u.unitId));
    const out = (against: YearComparison['against'], reason: string | undefined, prev: Partial<Prev> | undefined): YearComparison => {
      const comparable = against !== 'none';
      const r: YearComparison = {
        unitId: u.unitId,
        comparable,
        against,
        components: u.components.map((c) => ({
          code: c.code,
          name: c.name,
          ...change(comparable ? prev?.components?.[c.code] : null, c.total.value),
        })),
        total: change(comparable ? prev?.total : null, u.total.value),
        rank: {
          previous: comparable ? (prev?.rank ?? null) : null,
          current: u.rank,
          change: comparable && prev?.rank != null && u.rank !== null ? prev.rank - u.rank : null,
        },
      };
      if (u.unitName !== undefined) r.unitName = u.unitName;
      if (reason) r.reason = reason;
      return r;
    };
    if (base)
      return out('baseline', `So sánh với số liệu gốc được xác định${base.note ? `: ${base.note}` : ''}.`, {
        total: base.total,
        components: base.components,
        rank: base.rank,
      });
    if (ev) {
      const kindVi = { merged: 'sáp nhập', split: 'chia tách', renamed: 'đổi tên' }[ev.kind];
      return out(
        'none',
        `Đơn vị có thay đổi (${kindVi}: ${ev.from.join(', ')} → ${ev.to.join(', ')}) nên không so sánh được với năm trước khi chưa xác định số liệu gốc.`,
        undefined,
      );
    }
    const p = prevById.get(u.unitId);
    if (!p) return out('none', 'Không có kết quả năm trước của đơn vị.', undefined);
    return out('previous', undefined, prevFigures(p));
  });
}

interface Prev {
  total: number | null;
  components: Record<string, number | null>;
  rank: number | null;
}
function prevFigures(p: UnitEvaluation): Prev {
  return {
    total: p.total.value,
    components: Object.fromEntries(p.components.map((c) => [c.code, c.total.value])),
    rank: p.rank,
  };
}
