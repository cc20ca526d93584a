import type { AppraisalItem } from '../appraisal/queries';

/** The part of an audit entry the unit's result needs: which fields changed, and why. */
export interface ReasonEntry {
  changes: { code: string | null; field: string }[];
  reason: string | null;
}

/**
 * The appraiser's reason behind each item's current appraised score: from the history (newest first), the reason
 * of the latest event that changed `scores.appraised` of that item (an appraisal, or a decision after an explanation).
 */
export function appraisalReasons(newestFirst: readonly ReasonEntry[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const e of newestFirst) {
    for (const c of e.changes) {
      if (c.field === 'scores.appraised' && c.code !== null && !(c.code in out)) out[c.code] = e.reason;
    }
  }
  return out;
}

export interface CriterionRef {
  code: string;
  name: string;
  maxPoints: number;
}

/** The criteria the unit can explain, each with its self-assessed items (criteria without any are left out). */
export function criteriaWithItems(
  criteria: readonly CriterionRef[],
  items: readonly AppraisalItem[],
): { criterion: CriterionRef; items: AppraisalItem[] }[] {
  return criteria
    .map((criterion) => ({ criterion, items: items.filter((i) => i.code.startsWith(`${criterion.code}.`)) }))
    .filter((c) => c.items.length > 0);
}

/** A criterion can be explained once one of its items has a preliminary (appraised) score. */
export const hasPreliminaryResult = (items: readonly AppraisalItem[]): boolean => items.some((i) => i.appraisedScore !== null);

/** The appraised score against the self score, as the unit reads it (`−0,5`, `+1`, `0`); empty without both. */
export function scoreDifference(self: number | null, appraised: number | null, format: (n: number) => string): string {
  if (self === null || appraised === null) return '';
  const d = Math.round((appraised - self) * 100) / 100;
  return d === 0 ? '0' : `${d > 0 ? '+' : '−'}${format(Math.abs(d))}`;
}
