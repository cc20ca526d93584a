import { formatPoints } from '../../format/format';
import type { GqlError } from '../../graphql/client';
import type { AppraisalItem, EvidenceFile, Figures } from './queries';

/** The figures a unit entered for a rule that computes the points, as the appraiser reads them. */
export function describeFigures(f: Figures | null | undefined): string {
  if (!f) return '';
  const parts: string[] = [];
  if (f.yes !== null && f.yes !== undefined) parts.push(f.yes ? 'Có' : 'Không');
  if (f.numerator !== null && f.denominator !== null) parts.push(`${formatPoints(f.numerator)}/${formatPoints(f.denominator)}`);
  if (f.measure !== null) parts.push(`Số đo: ${formatPoints(f.measure)}`);
  if (f.current !== null) parts.push(`Năm nay: ${formatPoints(f.current)}`);
  if (f.previous !== null) parts.push(`Năm trước: ${formatPoints(f.previous)}`);
  if (f.occurrences !== null) parts.push(`Số lần: ${formatPoints(f.occurrences)}`);
  return parts.join('; ');
}

/** The sub-criteria an explanation thread is about: the node itself or the items under it (`1.1` → `1.1.1`, `1.1.2`). */
export const itemsOfNode = (code: string, items: readonly AppraisalItem[]): AppraisalItem[] =>
  items.filter((i) => i.code === code || i.code.startsWith(`${code}.`));

/** Whether the server will ask for a reason: an appraised score that differs from the self score (or no self score). */
export const reasonNeeded = (selfScore: number | null, appraised: number): boolean => selfScore === null || selfScore !== appraised;

/** What the appraiser has left before finalizing: items scored by the unit without an appraised score. */
export function remainingItems(items: readonly AppraisalItem[]): string[] {
  return items.filter((i) => i.status !== 'NOT_APPLICABLE' && i.appraisedScore === null).map((i) => i.code);
}

/** The self side of a row: the score, or the figures with how the rule turned them into points. */
export function selfSide(item: AppraisalItem): { score: string; figures: string; explanation: string } {
  return {
    score: formatPoints(item.selfScore),
    figures: item.takesFigures ? describeFigures(item.figures) : '',
    explanation: item.takesFigures ? (item.ruleExplanation ?? '') : '',
  };
}

export { base64ToBytes } from '../../ui/download';

/** The result of the last action of one place of the screen (a row, a thread, the finalize button). */
export interface ActionState {
  busy?: boolean;
  done?: boolean;
  error?: GqlError;
}

/**
 * After a successful action: its own "done", the errors still open on other rows kept, the other "done" notices and
 * the refusal to finalize dropped (they described the assessment before this change).
 */
export function afterSuccess(actions: Record<string, ActionState>, key: string): Record<string, ActionState> {
  const kept = Object.entries(actions).filter(([k, s]) => k !== key && k !== 'finalize' && s.error);
  return { ...Object.fromEntries(kept), [key]: { done: true } };
}

/** The files an explanation cites (by SHA-256), found among the items' evidence; the rest are not attached to an item. */
export function evidenceOfEntry(shas: readonly string[], items: readonly AppraisalItem[]): { known: EvidenceFile[]; unknown: string[] } {
  const files = new Map(items.flatMap((i) => i.evidence).map((f) => [f.sha256, f]));
  return {
    known: shas.flatMap((h) => (files.has(h) ? [files.get(h)!] : [])),
    unknown: shas.filter((h) => !files.has(h)),
  };
}
