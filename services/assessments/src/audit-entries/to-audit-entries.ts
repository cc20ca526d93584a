import type { ProvinceId } from '@par/kernel';
import type { EventStore, StoredEvent } from '@par/event-store';
import { auditChanges, type EventChanges } from '@par/assessments-domain';
import type { AuditEntryType } from './audit-entry.type';

/** Cycle and unit of an event: from its data (every Assessment event carries them), else from the stream id. */
function cycleAndUnit(e: StoredEvent): { cycleId: string; unitId: string } {
  const d = (e.data ?? {}) as { cycleId?: unknown; unitId?: unknown };
  const [, , cycleId = '', unitId = ''] = e.streamId.split(':');
  return {
    cycleId: typeof d.cycleId === 'string' ? d.cycleId : cycleId,
    unitId: typeof d.unitId === 'string' ? d.unitId : unitId,
  };
}

/** One stored event and what it changed, as the GraphQL `AuditEntry` (and the export's row). */
export function toAuditEntry(e: StoredEvent, c: EventChanges): AuditEntryType {
  return {
    eventId: e.id,
    eventType: e.type,
    kind: c.kind,
    ...cycleAndUnit(e),
    code: c.code,
    summary: c.summaryVi,
    oldValue: c.oldValue,
    newValue: c.newValue,
    changes: c.changes.map((x) => ({ code: x.code, field: x.field, label: x.labelVi, oldValue: x.oldValue, newValue: x.newValue })),
    actorId: e.actor.id,
    actorName: e.actor.name ?? null,
    actorRoles: e.actor.roles,
    at: e.occurredAt,
    recordedAt: e.recordedAt,
    reason: c.reason,
    note: c.note,
    streamId: e.streamId,
    streamVersion: e.streamVersion,
    globalPosition: e.globalPosition,
    hash: e.hash,
    prevHash: e.prevHash,
  };
}

/** Every event of one stream prefix (versions 1…n) as entries, by folding it once. */
export function streamEntries(events: readonly StoredEvent[]): AuditEntryType[] {
  const changes = auditChanges(events);
  return events.map((e, i) => toAuditEntry(e, changes[i]!));
}

/**
 * Entries for a page of events from any streams: the streams the page touches are read in one round trip, each up
 * to the highest version in the page, and folded once (old → new values come from the state before each event).
 */
export async function entriesOf(store: EventStore, province: ProvinceId, page: readonly StoredEvent[]): Promise<AuditEntryType[]> {
  const upTo = new Map<string, number>();
  for (const e of page) upTo.set(e.streamId, Math.max(upTo.get(e.streamId) ?? 0, e.streamVersion));
  const read = await store.readStreamsUpTo(
    province,
    [...upTo].map(([streamId, toVersion]) => ({ streamId, toVersion })),
  );
  const byId = new Map<string, AuditEntryType>();
  for (let i = 0; i < read.length;) {
    let j = i;
    while (j < read.length && read[j]!.streamId === read[i]!.streamId) j++;
    for (const entry of streamEntries(read.slice(i, j))) byId.set(entry.eventId, entry);
    i = j;
  }
  return page.map((e) => byId.get(e.id)!);
}
