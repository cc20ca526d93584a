import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AuditHistoryPageType, HistoryOrder } from '../audit-entries/audit-entry.type';
import { AuditHistoryQuery } from './audit-history.query';

@Resolver()
export class AuditHistoryResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => AuditHistoryPageType, {
    description:
      'Lịch sử kiểm toán của kỳ đánh giá, theo trang: một đơn vị (unitId), một tiêu chí kèm tiêu chí thành phần (code), một người dùng (actorId) hoặc cả kỳ',
  })
  auditHistory(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
    @Args('code', { nullable: true, description: 'Mã tiêu chí: gồm cả các tiêu chí thành phần (1.1 → 1.1.1, 1.1.2…)' }) code?: string,
    @Args('actorId', { nullable: true, description: 'Mọi thay đổi của một người dùng trong kỳ (kiểm toán viên, Sở Nội vụ)' })
    actorId?: string,
    @Args('order', { type: () => HistoryOrder, defaultValue: HistoryOrder.NEWEST_FIRST }) order?: HistoryOrder,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'Số dòng mỗi trang, 1–200' }) first?: number,
    @Args('after', { nullable: true, description: 'endCursor của trang trước' }) after?: string,
    @Args('asOf', { nullable: true, description: 'ISO time: lịch sử đến thời điểm đó' }) asOf?: string,
  ) {
    return this.queries.execute(
      new AuditHistoryQuery(
        ctx,
        { cycleId, unitId: unitId ?? null, code: code ?? null, actorId: actorId ?? null },
        order ?? HistoryOrder.NEWEST_FIRST,
        first ?? 50,
        after ?? null,
        asOf ?? null,
      ),
    );
  }
}
