export { assessmentsService } from './assessments.service';
export { ASSESSMENTS_SCHEMA } from './assessments.tokens';
export { buildAuditExport, MAX_EXPORT_EVENTS } from './audit-export/build-audit-export';
export type { AuditExportFile, AuditExportFormat, AuditExportRequest } from './audit-export/build-audit-export';
