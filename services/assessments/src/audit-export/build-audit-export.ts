import { createHash } from 'node:crypto';
import { ValidationError, type ProvinceId } from '@par/kernel';
import type { EventStore, StoredEvent } from '@par/event-store';
import { assessmentStreamId } from '@par/assessments-domain';
import { streamEntries } from '../audit-entries/to-audit-entries';
import type { AuditEntryType } from '../audit-entries/audit-entry.type';
import { cycleStreams } from '../cycle-streams/cycle-streams';
import { writeCsv } from './audit-csv';

export type AuditExportFormat = 'csv' | 'json';

/** The most events one export holds (a cycle of 100 units × 80 items × a few changes is ~25,000). */
export const MAX_EXPORT_EVENTS = 100_000;

export interface AuditExportRequest {
  province: ProvinceId;
  cycleId: string;
  unitId: string | null;
  format: AuditExportFormat;
  /** When the export is made (injected: stamped in the JSON file and its name). */
  now: Date;
}

export interface AuditExportFile {
  filename: string;
  mediaType: string;
  /** sha256 of `content`, hex. */
  sha256: string;
  content: Buffer;
  events: number;
}

/** One exported event: the stored envelope (everything its hash covers) and what it changed. */
interface ExportRow {
  event: StoredEvent;
  entry: AuditEntryType;
}

const CSV_HEADER = [
  'stream_id',
  'stream_version',
  'global_position',
  'event_id',
  'event_type',
  'schema_version',
  'kind',
  'cycle_id',
  'unit_id',
  'code',
  'summary',
  'old_value',
  'new_value',
  'changes',
  'actor_id',
  'actor_name',
  'actor_roles',
  'occurred_at',
  'recorded_at',
  'reason',
  'note',
  'correlation_id',
  'causation_id',
  'data_json',
  'actor_json',
  'prev_hash',
  'hash',
] as const;

const csvRow = ({ event: e, entry: x }: ExportRow): (string | null)[] => [
  e.streamId,
  String(e.streamVersion),
  e.globalPosition,
  e.id,
  e.type,
  String(e.schemaVersion),
  x.kind,
  x.cycleId,
  x.unitId,
  x.code,
  x.summary,
  x.oldValue,
  x.newValue,
  JSON.stringify(x.changes.map((c) => [c.field, c.oldValue, c.newValue])),
  e.actor.id,
  e.actor.name ?? null,
  e.actor.roles.join(' '),
  e.occurredAt,
  e.recordedAt,
  x.reason,
  x.note,
  e.correlationId,
  e.causationId,
  JSON.stringify(e.data),
  JSON.stringify(e.actor),
  e.prevHash,
  e.hash,
];

/** The envelope exactly as hashed (`eventHash` in @par/event-store): a reader recomputes sha256 of its canonical JSON. */
const hashedEnvelope = (e: StoredEvent) => ({
  id: e.id,
  streamId: e.streamId,
  streamVersion: e.streamVersion,
  type: e.type,
  schemaVersion: e.schemaVersion,
  data: e.data,
  province: e.province,
  actor: e.actor,
  occurredAt: e.occurredAt,
  recordedAt: e.recordedAt,
  reason: e.reason,
  correlationId: e.correlationId,
  causationId: e.causationId,
});

async function readRows(store: EventStore, r: AuditExportRequest): Promise<ExportRow[]> {
  const streams =
    r.unitId !== null
      ? [assessmentStreamId(r.province, r.cycleId, r.unitId)]
      : (await cycleStreams(store, r.province, r.cycleId)).map((s) => s.streamId);
  const rows: ExportRow[] = [];
  for (const streamId of streams) {
    const events = await store.readStream(r.province, streamId);
    const entries = streamEntries(events);
    events.forEach((event, i) => rows.push({ event, entry: entries[i]! }));
    if (rows.length > MAX_EXPORT_EVENTS) {
      throw new ValidationError({
        code: 'EXPORT_TOO_LARGE',
        messageVi: `Lịch sử có hơn ${MAX_EXPORT_EVENTS.toLocaleString('vi-VN')} sự kiện; hãy xuất từng đơn vị.`,
        detail: `More than ${MAX_EXPORT_EVENTS} events; export one unit at a time`,
      });
    }
  }
  return rows;
}

const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);

/**
 * The audit trail of a cycle (or one unit) as a file: every event, stream by stream in version order, with what it
 * changed, its hash and previous hash — and, so that a reader can recompute each hash, the hashed envelope
 * (JSON: `hashed`; CSV: the envelope's columns with `data_json` and `actor_json`).
 */
export async function buildAuditExport(store: EventStore, r: AuditExportRequest): Promise<AuditExportFile> {
  const rows = await readRows(store, r);
  const stamp = r.now.toISOString().replace(/[:.]/g, '-');
  const base = `audit-${safeName(r.province)}-${safeName(r.cycleId)}${r.unitId !== null ? `-${safeName(r.unitId)}` : ''}-${stamp}`;
  const content =
    r.format === 'csv'
      ? await writeCsv(CSV_HEADER, rows.map(csvRow))
      : Buffer.from(
          JSON.stringify(
            {
              format: 'par-index/audit-export@1',
              province: r.province,
              cycleId: r.cycleId,
              unitId: r.unitId,
              exportedAt: r.now.toISOString(),
              hashRecipe:
                'hash = sha256(canonical JSON of { ...hashed, prevHash }), keys sorted at every level; prevHash = hash of the previous version',
              events: rows.map(({ event, entry }) => ({
                entry,
                hashed: hashedEnvelope(event),
                globalPosition: event.globalPosition,
                prevHash: event.prevHash,
                hash: event.hash,
              })),
            },
            null,
            2,
          ) + '\n',
          'utf8',
        );
  return {
    filename: `${base}.${r.format}`,
    mediaType: r.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json',
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    events: rows.length,
  };
}
