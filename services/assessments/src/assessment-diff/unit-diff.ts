import type { ProvinceId } from '@par/kernel';
import type { EventStore } from '@par/event-store';
import { assessmentStreamId, diffAssessmentStates, foldAssessment } from '@par/assessments-domain';
import { streamEntries } from '../audit-entries/to-audit-entries';
import type { AssessmentDiffType } from './assessment-diff.type';

/**
 * One unit's difference between two moments: the stream read up to `to`, folded up to `from` and up to `to`,
 * compared item by item (only items that differ); each item with the events recorded after `from`.
 */
export async function unitDiff(
  store: EventStore,
  province: ProvinceId,
  cycleId: string,
  unitId: string,
  range: { from: Date; to: Date },
): Promise<AssessmentDiffType> {
  const events = await store.readStream(province, assessmentStreamId(province, cycleId, unitId), { asOf: range.to });
  const fromEvents = events.filter((e) => new Date(e.recordedAt) <= range.from);
  const between = streamEntries(events).filter((e) => new Date(e.recordedAt) > range.from);
  const items = diffAssessmentStates(foldAssessment(fromEvents), foldAssessment(events)).map((d) => ({
    code: d.code,
    changes: d.changes.map((c) => ({ code: c.code, field: c.field, label: c.labelVi, oldValue: c.oldValue, newValue: c.newValue })),
    events: between.filter((e) => e.code === d.code),
  }));
  return {
    cycleId,
    unitId,
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    fromVersion: fromEvents.at(-1)?.streamVersion ?? 0,
    toVersion: events.at(-1)?.streamVersion ?? 0,
    items,
  };
}
