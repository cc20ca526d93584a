import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { ReportFileType, ReportFormatEnum, ReportHeaderInputType } from '../report-file/report-file.type';
import { RankingReportQuery } from './ranking-report.query';

@Resolver()
export class RankingReportResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => ReportFileType, {
    description: 'Báo cáo kết quả xếp hạng, phân loại Chỉ số CCHC của một kỳ đánh giá (một loại đơn vị), dạng DOCX, XLSX hoặc PDF',
  })
  rankingReport(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('unitType', { description: 'Loại đơn vị của kỳ đánh giá, ví dụ "district", "commune"' }) unitType: string,
    @Args('format', { type: () => ReportFormatEnum }) format: ReportFormatEnum,
    @Args('header', { type: () => ReportHeaderInputType, nullable: true }) header?: ReportHeaderInputType | null,
  ) {
    return this.queries.execute(new RankingReportQuery(ctx, cycleId, unitType, format, header ?? null));
  }
}
