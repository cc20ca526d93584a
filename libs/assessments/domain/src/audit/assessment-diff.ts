import type { AssessmentState } from '../assessment/assessment.state';
import { fieldLabelVi } from './describe-event';
import { changedFacts } from './state-facts';
import type { AuditChange } from './audit-changes';

/** One item (or the unit itself, code null) whose facts differ between two moments. */
export interface ItemDiff {
  code: string | null;
  changes: AuditChange[];
}

const byCode = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '', 'vi', { numeric: true });

/**
 * The difference between the state at one moment and at another: per item, each field whose value differs
 * (value at `from` → value at `to`); items that did not change are left out. Unit-wide facts come first (code null).
 */
export function diffAssessmentStates(from: AssessmentState, to: AssessmentState): ItemDiff[] {
  const byItem = new Map<string | null, AuditChange[]>();
  for (const c of changedFacts(from, to)) {
    const list = byItem.get(c.code) ?? [];
    list.push({ ...c, labelVi: fieldLabelVi(c.field) });
    byItem.set(c.code, list);
  }
  return [...byItem.entries()].sort(([a], [b]) => byCode(a, b)).map(([code, changes]) => ({ code, changes }));
}
