import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ForbiddenError, hasRole, type RequestContext } from '@par/kernel';
import type { EventStore } from '@par/event-store';
import { assessmentStreamId } from '@par/assessments-domain';
import { Ctx } from '@par/nest-platform';
import { AuditVerificationType } from '../assessment-view/assessment.types';
import { ASSESSMENTS_STORE } from '../assessments.tokens';

@Resolver()
export class VerifyAuditTrailResolver {
  constructor(@Inject(ASSESSMENTS_STORE) private readonly store: EventStore) {}

  @Query(() => AuditVerificationType, { description: 'Kiểm tra chuỗi băm của lịch sử điểm; báo mắt xích hỏng đầu tiên' })
  async verifyAuditTrail(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID, nullable: true }) cycleId?: string,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ): Promise<AuditVerificationType> {
    if (!hasRole(ctx, 'auditor', 'dha_admin')) throw new ForbiddenError('Verification requires auditor or dha_admin');
    const r = await this.store.verify(ctx.province, cycleId && unitId ? assessmentStreamId(ctx.province, cycleId, unitId) : undefined);
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
