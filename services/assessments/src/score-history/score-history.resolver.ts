import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { ScoreChangeType } from './score-change.type';
import { ScoreHistoryQuery } from './score-history.query';

@Resolver()
export class ScoreHistoryResolver {
  constructor(private readonly queries: QueryBus) {}

  /** @deprecated Use `auditHistory`. */
  @Query(() => [ScoreChangeType], {
    description: 'Lịch sử thay đổi điểm (kiểm toán): giá trị cũ → mới, ai, khi nào, lý do',
    deprecationReason: 'Use auditHistory(cycleId, unitId, code, order, first, after, asOf): every event type, paged',
  })
  scoreHistory(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('subCriterionCode', { nullable: true }) subCriterionCode?: string,
    @Args('asOf', { nullable: true, description: 'ISO time: the history as it stood then' }) asOf?: string,
  ) {
    return this.queries.execute(new ScoreHistoryQuery(ctx, cycleId, unitId, subCriterionCode ?? null, asOf ?? null));
  }
}
