import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, VERIFY_AUDIT_TRAIL } from '@par/auth';
import { assessmentStreamId } from '@par/assessments-domain';
import { VerifyAuditTrailQuery } from './verify-audit-trail.query';
import type { AuditVerificationType } from './audit-verification.type';
import { ASSESSMENTS_STORE } from '../assessments.tokens';

@QueryHandler(VerifyAuditTrailQuery)
export class VerifyAuditTrailHandler implements IQueryHandler<VerifyAuditTrailQuery> {
  constructor(@Inject(ASSESSMENTS_STORE) private readonly store: EventStore) {}

  async execute({ ctx, cycleId, unitId }: VerifyAuditTrailQuery): Promise<AuditVerificationType> {
    assertAllowed(ctx, VERIFY_AUDIT_TRAIL);
    const streamId = cycleId && unitId ? assessmentStreamId(ctx.province, cycleId, unitId) : undefined;
    const r = await this.store.verify(ctx.province, streamId);
    return {
      ok: r.ok,
      checked: r.checked,
      ...(r.firstBroken && {
        firstBrokenStreamId: r.firstBroken.streamId,
        firstBrokenVersion: r.firstBroken.streamVersion,
        firstBrokenEventId: r.firstBroken.eventId,
      }),
    };
  }
}
