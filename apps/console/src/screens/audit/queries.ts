/** The auditor's operations (gateway/api-schema.graphql): the paged history, the state at a moment, a difference, export. */
export interface AuditChange {
  code: string | null;
  field: string;
  label: string;
  oldValue: string | null;
  newValue: string | null;
}
export interface AuditEntry {
  eventId: string;
  kind: string;
  unitId: string;
  code: string | null;
  summary: string;
  oldValue: string | null;
  newValue: string | null;
  changes: AuditChange[];
  actorId: string;
  actorName: string | null;
  actorRoles: string[];
  recordedAt: string;
  reason: string | null;
  note: string | null;
  streamVersion: number;
  hash: string;
}
export interface HistoryPage {
  auditHistory: { entries: AuditEntry[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}
const ENTRY = `eventId kind unitId code summary oldValue newValue changes { code field label oldValue newValue }
  actorId actorName actorRoles recordedAt reason note streamVersion hash`;
export const AUDIT_HISTORY = `query($cycleId: ID!, $unitId: ID, $code: String, $actorId: String, $order: HistoryOrder!, $first: Int!, $after: String) {
  auditHistory(cycleId: $cycleId, unitId: $unitId, code: $code, actorId: $actorId, order: $order, first: $first, after: $after) {
    entries { ${ENTRY} } pageInfo { endCursor hasNextPage } } }`;

export interface AsOfItem {
  code: string;
  name: string;
  statusLabel: string;
  selfScore: number | null;
  appraisedScore: number | null;
  evidence: { sha256: string }[];
  explanation: string | null;
}
export interface AsOf {
  assessmentAsOf: { version: number; status: string; submittedAt: string | null; finalizedAt: string | null; items: AsOfItem[] };
}
export const ASSESSMENT_AS_OF = `query($cycleId: ID!, $unitId: ID!, $asOf: String!) { assessmentAsOf(cycleId: $cycleId, unitId: $unitId, asOf: $asOf) {
  version status submittedAt finalizedAt items { code name statusLabel selfScore appraisedScore evidence { sha256 } explanation } } }`;

export interface Diff {
  assessmentDiff: {
    fromVersion: number;
    toVersion: number;
    items: { code: string | null; changes: AuditChange[]; events: { eventId: string }[] }[];
  };
}
export const ASSESSMENT_DIFF = `query($cycleId: ID!, $unitId: ID!, $from: String!, $to: String!) { assessmentDiff(cycleId: $cycleId, unitId: $unitId, from: $from, to: $to) {
  fromVersion toVersion items { code changes { code field label oldValue newValue } events { eventId } } } }`;

export interface ExportFile {
  auditExport: { filename: string; mediaType: string; sha256: string; size: number; events: number; contentBase64: string };
}
export const AUDIT_EXPORT = `query($cycleId: ID!, $unitId: ID, $format: AuditExportFormat!) { auditExport(cycleId: $cycleId, unitId: $unitId, format: $format) {
  filename mediaType sha256 size events contentBase64 } }`;

export interface Verification {
  verifyAuditTrail: {
    ok: boolean;
    checked: number;
    firstBrokenStreamId: string | null;
    firstBrokenVersion: number | null;
    firstBrokenEventId: string | null;
  };
}
export const VERIFY = `query($cycleId: ID, $unitId: ID) { verifyAuditTrail(cycleId: $cycleId, unitId: $unitId) {
  ok checked firstBrokenStreamId firstBrokenVersion firstBrokenEventId } }`;
