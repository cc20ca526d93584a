import { formatPoints } from '../../format/format';
import { AUDIT_FIELD_LABELS, EXPLANATION_LABELS, labelOr } from '../../labels/labels';

const NUMBER = /^-?\d+(\.\d+)?$/;
const SCORE_FIELDS = new Set(['scores.self', 'scores.appraised']);

/**
 * A value of the audit trail as the auditor reads it: scores with a decimal comma (`1.5` → `1,5`), yes/no in
 * Vietnamese, nothing as `—`, every other value as typed (text, never markup).
 */
export function formatAuditValue(field: string, value: string | null): string {
  if (value === null || value === '') return '—';
  if (SCORE_FIELDS.has(field) && NUMBER.test(value)) return formatPoints(Number(value));
  if (value === 'true') return 'Có';
  if (value === 'false') return 'Không';
  if (value.startsWith('[')) return describeList(value);
  return value;
}

/** A list kept as JSON (an explanation thread's entries): each entry by its kind, or how many there are. */
function describeList(json: string): string {
  let list: unknown;
  try {
    list = JSON.parse(json);
  } catch {
    return json;
  }
  if (!Array.isArray(list)) return json;
  if (list.length === 0) return '—';
  const kinds = list.map((e) => (e && typeof e === 'object' && 'kind' in e ? String((e as { kind: unknown }).kind) : null));
  if (kinds.some((k) => k === null)) return `${list.length} mục`;
  return kinds.map((k) => labelOr(EXPLANATION_LABELS, k!.toUpperCase())).join('; ');
}

/** The Vietnamese name of a field of the state (the server's label, or ours for the fields it names by path). */
export const auditFieldLabel = (field: string, label: string): string => (label === field ? (AUDIT_FIELD_LABELS[field] ?? label) : label);

/** Whether an entry changes a score (its old → new is shown); others are described by their kind. */
export const changesScore = (changes: readonly { field: string }[]): boolean => changes.some((c) => SCORE_FIELDS.has(c.field));

/** The cursors of the pages read so far: the first page has none; "next" pushes the last end cursor, "previous" pops. */
export interface PageCursors {
  readonly stack: readonly (string | null)[];
}
export const firstPage = (): PageCursors => ({ stack: [null] });
export const nextPage = (p: PageCursors, endCursor: string | null): PageCursors => (endCursor ? { stack: [...p.stack, endCursor] } : p);
export const previousPage = (p: PageCursors): PageCursors => (p.stack.length > 1 ? { stack: p.stack.slice(0, -1) } : p);
export const currentCursor = (p: PageCursors): string | null => p.stack.at(-1) ?? null;
