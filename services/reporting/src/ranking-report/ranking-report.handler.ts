import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertAllowed, READ_PROVINCE_REPORTS } from '@par/auth';
import { NotFoundError, ValidationError } from '@par/kernel';
import { findCycle } from '@par/frameworks-catalog';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { buildRankingReport } from '@par/reporting-documents';
import { RankingReportQuery } from './ranking-report.query';
import type { ReportFileType } from '../report-file/report-file.type';
import { renderReportFile } from '../report-file/render-report-file';
import { reportHeader } from '../report-file/report-header';
import { evaluateCatalogCycle } from '../report-source/load-cycle-evaluation';
import { REPORTING_SCHEMA } from '../reporting.tokens';

/** The ranking report of a cycle (one unit type), from the reporting read model, in DOCX, XLSX or PDF. */
@QueryHandler(RankingReportQuery)
export class RankingReportHandler implements IQueryHandler<RankingReportQuery> {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async execute({ ctx, cycleId, unitType, format, header }: RankingReportQuery): Promise<ReportFileType> {
    assertAllowed(ctx, READ_PROVINCE_REPORTS);
    const now = this.runtime.now();
    const doc = await this.runtime.db.withProvince(ctx.province, async (tx) => {
      const cycle = await findCycle(tx, REPORTING_SCHEMA, ctx.province, cycleId);
      if (!cycle)
        throw new NotFoundError(
          'UNKNOWN_CYCLE',
          `Không tìm thấy kỳ đánh giá "${cycleId}".`,
          `Cycle ${cycleId} not found in province ${ctx.province}`,
        );
      if (cycle.unitType !== unitType) {
        throw new ValidationError({
          code: 'UNIT_TYPE_MISMATCH',
          messageVi: `Kỳ đánh giá "${cycle.name}" đánh giá đơn vị loại "${cycle.unitType}", không phải "${unitType}".`,
          detail: `Cycle ${cycleId} has unit type ${cycle.unitType}, asked ${unitType}`,
        });
      }
      const year = await evaluateCatalogCycle(tx, ctx.province, cycle);
      return buildRankingReport({ ...year, header: reportHeader(header, year.framework, now) });
    });
    return renderReportFile(doc, format);
  }
}
