import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AuditVerificationType } from './audit-verification.type';

/** Recompute the hash chains of one unit's assessment stream (cycle and unit given) or of the whole province. */
export class VerifyAuditTrailQuery extends Query<AuditVerificationType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string | null,
    readonly unitId: string | null,
  ) {
    super();
  }
}
