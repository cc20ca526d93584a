import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AuditVerificationType } from './audit-verification.type';
import { VerifyAuditTrailQuery } from './verify-audit-trail.query';

@Resolver()
export class VerifyAuditTrailResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => AuditVerificationType, { description: 'Kiểm tra chuỗi băm của lịch sử điểm; báo mắt xích hỏng đầu tiên' })
  verifyAuditTrail(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID, nullable: true }) cycleId?: string,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ) {
    return this.queries.execute(new VerifyAuditTrailQuery(ctx, cycleId ?? null, unitId ?? null));
  }
}
