import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { ReportFormat } from '@par/reporting-documents';
import type { ReportFileType } from '../report-file/report-file.type';
import type { ReportHeaderFields } from '../report-file/report-header';

export class RankingReportQuery extends Query<ReportFileType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly unitType: string,
    readonly format: ReportFormat,
    readonly header: ReportHeaderFields | null,
  ) {
    super();
  }
}
