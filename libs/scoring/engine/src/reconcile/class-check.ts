import { atLeast, isClassified, NOT_CLASSIFIED_VI } from '../classification/rank-and-classify';
import type { AdjustmentRule, ClassBand, Framework } from '../framework/framework.types';
import { parseShare } from '../framework/framework-nodes';
import type { MismatchRows, ScoredRow } from './ranking-rows';
import { bandOf, norm, type Reconciliation } from './reconciliation';

type Subordinates = { cls: string | null }[] | undefined;

/**
 * A printed class against the bands: any band the score can fall in within its precision, moved by the enabled
 * adjustment rules when the subordinates' classes are in the report (else any class a rule could lead to, with a
 * note). Returns the mismatching row, if any.
 */
export function checkClass(
  r: Reconciliation,
  x: ScoredRow,
  fw: Framework,
  tolerance: number,
  place: string,
): MismatchRows[number] | undefined {
  if (!isClassified(fw)) return unclassified(x, place);
  const bands = fw.classification.bands;
  const printed = bands.find((b) => norm(b.label) === norm(x.row.class!) || b.class === x.row.class);
  const low = bandOf(x.score.value - tolerance, bands);
  const high = bandOf(x.score.value + tolerance, bands);
  const candidates = new Set<string>([low?.class ?? '', high?.class ?? '']);
  const rules = (fw.classification.adjustments ?? []).filter((a) => a.enabled);
  if (rules.length > 0) {
    const subs = r.subordinateClasses.get(norm(x.row.unit)) ?? (x.row.unitId ? r.subordinateClasses.get(norm(x.row.unitId)) : undefined);
    for (const base of [low, high]) if (base) applyAdjustments(candidates, bands, rules, base, subs);
    if (!subs || subs.length === 0)
      r.notes.push({
        place: `${place}/class`,
        message: `${x.row.unit}: báo cáo không có kết quả xếp loại của các đơn vị trực thuộc nên chưa kiểm tra được quy tắc điều chỉnh xếp loại.`,
        detail: `${x.row.unit}: subordinate classes not in the report; adjustment rule not verifiable`,
      });
  }
  if (printed && candidates.has(printed.class)) return undefined;
  const expected = [...candidates]
    .filter(Boolean)
    .map((c) => bands.find((b) => b.class === c)?.label ?? c)
    .join(' / ');
  return { place: `${place}/class`, expected, actual: x.row.class! };
}

/** A framework without classification: the report may only say the unit is not classified. */
function unclassified(x: ScoredRow, place: string): MismatchRows[number] | undefined {
  const printed = norm(x.row.class!);
  if (printed === '' || printed === '—' || printed === '-' || printed === norm(NOT_CLASSIFIED_VI)) return undefined;
  return { place: `${place}/class`, expected: NOT_CLASSIFIED_VI, actual: x.row.class! };
}

function applyAdjustments(
  candidates: Set<string>,
  bands: readonly ClassBand[],
  rules: readonly AdjustmentRule[],
  base: ClassBand,
  subs: Subordinates,
): void {
  let pos = bands.indexOf(base);
  for (const rule of rules) {
    if (!subs || subs.length === 0) {
      // Not verifiable: accept the base class or any class the rule could lead to.
      for (let k = 1; k <= (rule.drop ?? 1); k++) {
        const b = bands[Math.min(pos + k, bands.length - 1)];
        if (b) candidates.add(b.class);
      }
      continue;
    }
    const share = parseShare(rule.minShare) ?? { num: 2, den: 3 };
    const cls = bands[pos]!.class;
    const reached = subs.filter((sub) => sub.cls !== null && atLeast(sub.cls, cls, bands)).length;
    const total = subs.filter((sub) => sub.cls !== null).length;
    if (reached * share.den < share.num * total) pos = Math.min(pos + (rule.drop ?? 1), bands.length - 1);
  }
  if (subs && subs.length > 0) {
    candidates.delete(base.class);
    candidates.add(bands[pos]!.class);
  }
}
