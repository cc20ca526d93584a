import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { AuditExportQuery } from './audit-export.query';
import type { AuditExportFileType } from './audit-export.type';
import { buildAuditExport } from './build-audit-export';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { authorizeAuditScope } from '../audit-entries/audit-scope';

@QueryHandler(AuditExportQuery)
export class AuditExportHandler implements IQueryHandler<AuditExportQuery> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, cycleId, unitId, format }: AuditExportQuery): Promise<AuditExportFileType> {
    authorizeAuditScope(ctx, { cycleId, unitId, code: null, actorId: null });
    const file = await buildAuditExport(this.store, { province: ctx.province, cycleId, unitId, format, now: this.runtime.now() });
    return {
      filename: file.filename,
      mediaType: file.mediaType,
      sha256: file.sha256,
      size: file.content.length,
      events: file.events,
      contentBase64: file.content.toString('base64'),
    };
  }
}
