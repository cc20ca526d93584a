import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AuditScope } from '../audit-entries/audit-scope';
import type { AuditHistoryPageType, HistoryOrder } from '../audit-entries/audit-entry.type';

/** A page of a cycle's audit trail: one unit, one criterion, one user or the whole cycle; newest or oldest first. */
export class AuditHistoryQuery extends Query<AuditHistoryPageType> {
  constructor(
    readonly ctx: RequestContext,
    readonly scope: AuditScope,
    readonly order: HistoryOrder,
    readonly first: number,
    readonly after: string | null,
    /** ISO time: only events recorded at or before it; null for now. */
    readonly asOf: string | null,
  ) {
    super();
  }
}
