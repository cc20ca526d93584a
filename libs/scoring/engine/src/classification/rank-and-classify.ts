import type { ClassBand, Classification, Framework, SubordinateShareRule } from '../framework/framework.types';
import { parseShare } from '../framework/framework-nodes';
import { toScaled } from '../numbers/decimal';

/**
 * Standard competition ranking ("1224"): highest first, equal values share a rank, the next rank skips.
 * `null` values are not ranked. Values are compared after rounding to `decimals`.
 */
export function competitionRanks(values: readonly (number | null)[], decimals = 3): (number | null)[] {
  const idx: number[] = [];
  const scaled: number[] = new Array(values.length);
  values.forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) {
      idx.push(i);
      scaled[i] = toScaled(v, decimals);
    }
  });
  idx.sort((a, b) => scaled[b]! - scaled[a]!);
  const ranks: (number | null)[] = new Array(values.length).fill(null);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const prev = k > 0 ? idx[k - 1]! : -1;
    ranks[i] = k > 0 && scaled[prev] === scaled[i] ? ranks[prev]! : k + 1;
  }
  return ranks;
}

/** The band a value falls in (bands highest first, `min` inclusive). */
export function classify(value: number | null, bands: readonly ClassBand[], decimals = 3): ClassBand | null {
  if (value === null || !Number.isFinite(value)) return null;
  const v = toScaled(value, decimals);
  for (const b of bands) if (v >= toScaled(b.min ?? 0, decimals)) return b;
  return bands[bands.length - 1] ?? null;
}

/** What reports say for a unit of a framework without classification bands. */
export const NOT_CLASSIFIED_VI = 'không xếp loại';

/** False for a framework without classification bands (schemaVersion 2): its units are ranked, not classified. */
export function isClassified(fw: Pick<Framework, 'classification'>): boolean {
  return Array.isArray(fw.classification?.bands) && fw.classification.bands.length > 0;
}

export interface SubordinateClass {
  unitId: string;
  parentId: string;
  /** Class code (not label) reached by the subordinate; null when not classified. */
  class: string | null;
  unitType?: string;
}

export type AdjustmentStatus = 'kept' | 'lowered' | 'not-evaluable' | 'disabled';

export interface AdjustmentOutcome {
  ruleId: string;
  status: AdjustmentStatus;
  /** Subordinates with the same class or better / subordinates classified. */
  reached?: number;
  of?: number;
  /** Vietnamese explanation. */
  message: string;
}

export interface ClassResult {
  code: string;
  label: string;
  /** Class from the bands alone, before adjustment rules. */
  baseCode: string;
  baseLabel: string;
  adjustments: AdjustmentOutcome[];
}

/**
 * Applies the classification's adjustment rules to a unit's base class.
 * `enabled` overrides each rule's default for this cycle (`{ [ruleId]: boolean }`).
 */
export function adjustClass(
  unitId: string,
  base: ClassBand,
  classification: Classification,
  subordinates: readonly SubordinateClass[] | undefined,
  enabled: Readonly<Record<string, boolean>> = {},
): ClassResult {
  const bands = classification.bands;
  let pos = bands.findIndex((b) => b.class === base.class);
  const adjustments: AdjustmentOutcome[] = [];
  for (const rule of classification.adjustments ?? []) {
    const on = enabled[rule.id] ?? rule.enabled;
    if (!on) {
      adjustments.push({ ruleId: rule.id, status: 'disabled', message: 'Quy tắc điều chỉnh xếp loại không áp dụng trong kỳ này.' });
      continue;
    }
    adjustments.push(applyShareRule(unitId, pos, bands, rule, subordinates));
    const last = adjustments[adjustments.length - 1]!;
    if (last.status === 'lowered') pos = Math.min(bands.length - 1, pos + (rule.drop ?? 1));
  }
  const cls = bands[pos] ?? base;
  return { code: cls.class, label: cls.label, baseCode: base.class, baseLabel: base.label, adjustments };
}

function applyShareRule(
  unitId: string,
  pos: number,
  bands: readonly ClassBand[],
  rule: SubordinateShareRule,
  subordinates: readonly SubordinateClass[] | undefined,
): AdjustmentOutcome {
  const mine = (subordinates ?? []).filter(
    (s) => s.parentId === unitId && s.class !== null && (s.unitType === undefined || s.unitType === rule.subordinateUnitType),
  );
  if (mine.length === 0)
    return {
      ruleId: rule.id,
      status: 'not-evaluable',
      message: 'Chưa có kết quả xếp loại của các đơn vị trực thuộc; chưa áp dụng được quy tắc điều chỉnh xếp loại.',
    };
  const share = parseShare(rule.minShare) ?? { num: 2, den: 3 };
  const reached = mine.filter((s) => atLeast(s.class!, bands[pos]?.class ?? '', bands)).length;
  const ok = reached * share.den >= share.num * mine.length;
  const label = bands[pos]?.label ?? '';
  return {
    ruleId: rule.id,
    status: ok ? 'kept' : 'lowered',
    reached,
    of: mine.length,
    message: ok
      ? `${reached}/${mine.length} đơn vị trực thuộc xếp loại ${label} trở lên (đạt tối thiểu ${share.num}/${share.den}): giữ nguyên xếp loại.`
      : `Chỉ ${reached}/${mine.length} đơn vị trực thuộc xếp loại ${label} trở lên (dưới ${share.num}/${share.den}): hạ xuống loại thấp hơn liền kề.`,
  };
}

/** Conventional order of class codes, used when a subordinate's class is not among the parent's bands. */
export const CLASS_ORDER: readonly string[] = ['excellent', 'good', 'fair', 'average', 'weak'];

/** True when class `a` is the same as or better than class `b`. */
export function atLeast(a: string, b: string, bands: readonly ClassBand[]): boolean {
  const pa = bands.findIndex((x) => x.class === a);
  const pb = bands.findIndex((x) => x.class === b);
  if (pa >= 0 && pb >= 0) return pa <= pb;
  const ca = CLASS_ORDER.indexOf(a);
  const cb = CLASS_ORDER.indexOf(b);
  return ca >= 0 && cb >= 0 && ca <= cb;
}
