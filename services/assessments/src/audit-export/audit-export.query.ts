import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AuditExportFormat } from './build-audit-export';
import type { AuditExportFileType } from './audit-export.type';

/** The audit trail of a cycle (or of one unit) as a CSV or JSON file with hashes. */
export class AuditExportQuery extends Query<AuditExportFileType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly unitId: string | null,
    readonly format: AuditExportFormat,
  ) {
    super();
  }
}
