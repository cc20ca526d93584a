import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { ForbiddenError, hasRole, ValidationError, type RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { ScoreChangeType } from '../assessment-view/assessment.types';
import { ScoreHistoryQuery } from './score-history.query';

@Resolver()
export class ScoreHistoryResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => [ScoreChangeType], { description: 'Lịch sử thay đổi điểm (kiểm toán): giá trị cũ → mới, ai, khi nào, lý do' })
  scoreHistory(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('subCriterionCode', { nullable: true }) subCriterionCode?: string,
    @Args('asOf', { nullable: true, description: 'ISO time: the history as it stood then' }) asOf?: string,
  ) {
    const ownUnit = hasRole(ctx, 'unit_officer') && ctx.actor.unitId === unitId;
    if (!ownUnit && !hasRole(ctx, 'auditor', 'appraiser', 'dha_admin')) {
      throw new ForbiddenError('Score history requires auditor, appraiser, dha_admin or the unit itself');
    }
    const at = asOf ? new Date(asOf) : null;
    if (at && Number.isNaN(at.getTime())) {
      throw new ValidationError({ code: 'INVALID_TIME', messageVi: 'Thời điểm không hợp lệ.', detail: `asOf ${asOf} is not an ISO time` });
    }
    return this.queries.execute(new ScoreHistoryQuery(ctx, cycleId, unitId, subCriterionCode ?? null, at));
  }
}
