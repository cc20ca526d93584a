import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AuditExportFileType, AuditExportFormatEnum } from './audit-export.type';
import { AuditExportQuery } from './audit-export.query';

@Resolver()
export class AuditExportResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => AuditExportFileType, {
    description: 'Xuất lịch sử kiểm toán của kỳ (hoặc một đơn vị) ra CSV hoặc JSON, kèm mã băm từng sự kiện',
  })
  auditExport(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('format', { type: () => AuditExportFormatEnum }) format: AuditExportFormatEnum,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ) {
    const f = format === AuditExportFormatEnum.CSV ? 'csv' : 'json';
    return this.queries.execute(new AuditExportQuery(ctx, cycleId, unitId ?? null, f));
  }
}
