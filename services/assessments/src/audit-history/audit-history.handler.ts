import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ValidationError } from '@par/kernel';
import { MAX_HISTORY_PAGE, type EventStore } from '@par/event-store';
import { AuditHistoryQuery } from './audit-history.query';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { HistoryOrder, type AuditHistoryPageType } from '../audit-entries/audit-entry.type';
import { authorizeAuditScope, scopeFilter } from '../audit-entries/audit-scope';
import { entriesOf } from '../audit-entries/to-audit-entries';
import { parseOptionalMoment } from '../audit-moment/parse-moment';

function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_HISTORY_PAGE) {
    throw new ValidationError({
      code: 'PAGE_SIZE_INVALID',
      messageVi: `Số dòng mỗi trang (first) phải từ 1 đến ${MAX_HISTORY_PAGE}.`,
      detail: `first ${first} is not an integer between 1 and ${MAX_HISTORY_PAGE}`,
    });
  }
  return first;
}

/** The audit trail read from the event store itself (not a projection), a page at a time, old → new values by folding. */
@QueryHandler(AuditHistoryQuery)
export class AuditHistoryHandler implements IQueryHandler<AuditHistoryQuery> {
  constructor(@Inject(ASSESSMENTS_STORE) private readonly store: EventStore) {}

  async execute({ ctx, scope, order, first, after, asOf }: AuditHistoryQuery): Promise<AuditHistoryPageType> {
    authorizeAuditScope(ctx, scope);
    const at = parseOptionalMoment(asOf, 'asOf');
    const page = await this.store.readHistory(ctx.province, {
      ...scopeFilter(ctx, scope),
      ...(at && { recordedAtOrBefore: at }),
      order: order === HistoryOrder.OLDEST_FIRST ? 'asc' : 'desc',
      after,
      limit: pageSize(first),
    });
    return {
      entries: await entriesOf(this.store, ctx.province, page.events),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }
}
