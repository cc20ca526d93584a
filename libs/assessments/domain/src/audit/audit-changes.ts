import { formatNumberVi } from '@par/kernel';
import type { AssessmentEvent } from '../assessment/assessment.events';
import { evolveAssessment, initialAssessmentState, type AssessmentState } from '../assessment/assessment.state';
import { describeAssessmentEvent, fieldLabelVi, type EventDescription } from './describe-event';
import { changedFacts, type FactChange } from './state-facts';

/** A stored event as the audit trail needs it (type, data, the envelope's reason). */
export interface AuditedEvent {
  type: string;
  data: unknown;
  reason: string | null;
}

export interface AuditChange extends FactChange {
  labelVi: string;
}

/** What one event changed: its description, every changed field old → new, and a Vietnamese summary. */
export interface EventChanges extends EventDescription {
  changes: AuditChange[];
  /** The primary change (or the first): the entry's `oldValue → newValue`. */
  oldValue: string | null;
  newValue: string | null;
  summaryVi: string;
}

/**
 * One step of the fold, tolerant of event types this build's `evolve` does not know yet (they change nothing
 * here; a stream written by a newer build stays readable).
 */
export function evolveForAudit(state: AssessmentState, e: { type: string; data: unknown }): AssessmentState {
  return evolveAssessment(state, e as AssessmentEvent) ?? state;
}

/** The state of a stream prefix (events in version order), folded with the aggregate's own `evolve`. */
export const foldAssessment = (events: readonly { type: string; data: unknown }[]): AssessmentState =>
  events.reduce(evolveForAudit, initialAssessmentState());

const NUMERIC = /^-?\d+(\.\d+)?$/;
const shown = (v: string | null) => (v === null ? '(trống)' : NUMERIC.test(v) ? formatNumberVi(Number(v), 3, false) : v);

function summaryOf(d: EventDescription, changes: readonly AuditChange[]): string {
  const head = d.code ? `${d.labelVi} tiêu chí ${d.code}` : d.labelVi;
  if (changes.length === 0) return `${head}: không thay đổi giá trị`;
  return `${head}: ${changes.map((c) => `${c.labelVi} ${shown(c.oldValue)} → ${shown(c.newValue)}`).join('; ')}`;
}

/**
 * Every event of a stream (in version order, from version 1) with what it changed, by folding: the state before
 * and after each event are compared (only the event's item when it names one).
 */
export function auditChanges(events: readonly AuditedEvent[]): EventChanges[] {
  let state = initialAssessmentState();
  return events.map((e) => {
    const d = describeAssessmentEvent(e.type, (e.data ?? {}) as Record<string, unknown>, e.reason);
    const next = evolveForAudit(state, e);
    const changes = changedFacts(state, next, d.code).map((c) => ({ ...c, labelVi: fieldLabelVi(c.field) }));
    state = next;
    const primary = changes.find((c) => c.field === d.primaryField) ?? changes[0];
    return {
      ...d,
      changes,
      oldValue: primary?.oldValue ?? null,
      newValue: primary?.newValue ?? null,
      summaryVi: summaryOf(d, changes),
    };
  });
}
