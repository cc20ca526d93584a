import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { ReportFileType, ReportFormatEnum, ReportHeaderInputType } from '../report-file/report-file.type';
import { UnitAnalysisReportQuery } from './unit-analysis-report.query';

@Resolver()
export class UnitAnalysisReportResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => ReportFileType, {
    description:
      'Báo cáo phân tích kết quả Chỉ số CCHC của một đơn vị: so sánh với năm trước, tiêu chí mất điểm theo phòng/sở, xu hướng qua các năm',
  })
  unitAnalysisReport(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('format', { type: () => ReportFormatEnum }) format: ReportFormatEnum,
    @Args('header', { type: () => ReportHeaderInputType, nullable: true }) header?: ReportHeaderInputType | null,
  ) {
    return this.queries.execute(new UnitAnalysisReportQuery(ctx, cycleId, unitId, format, header ?? null));
  }
}
