import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertAllowed, READ_PROVINCE_REPORTS } from '@par/auth';
import type { Sql } from '@par/database';
import { NotFoundError, ValidationError, type ProvinceId } from '@par/kernel';
import { findCycle } from '@par/frameworks-catalog';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { buildRankingReport } from '@par/reporting-documents';
import { RankingReportQuery } from './ranking-report.query';
import { latestOfficialVersion } from './official-version';
import type { ReportFileType } from '../report-file/report-file.type';
import { renderReportFile } from '../report-file/render-report-file';
import { reportHeader } from '../report-file/report-header';
import { atEventPositions } from '../report-position/event-positions';
import { evaluateCatalogCycle } from '../report-source/load-cycle-evaluation';
import { REPORTING_SCHEMA } from '../reporting.tokens';

/** The cycle evaluated from the read model and its latest official ranking version (null before publication). */
async function readRankingSources(tx: Sql, province: ProvinceId, cycleId: string, unitType: string) {
  const cycle = await findCycle(tx, REPORTING_SCHEMA, province, cycleId);
  if (!cycle)
    throw new NotFoundError(
      'UNKNOWN_CYCLE',
      `Không tìm thấy kỳ đánh giá "${cycleId}".`,
      `Cycle ${cycleId} not found in province ${province}`,
    );
  if (cycle.unitType !== unitType) {
    throw new ValidationError({
      code: 'UNIT_TYPE_MISMATCH',
      messageVi: `Kỳ đánh giá "${cycle.name}" đánh giá đơn vị loại "${cycle.unitType}", không phải "${unitType}".`,
      detail: `Cycle ${cycleId} has unit type ${cycle.unitType}, asked ${unitType}`,
    });
  }
  const year = await evaluateCatalogCycle(tx, province, cycle);
  return { year, official: await latestOfficialVersion(tx, province, cycleId) };
}

/**
 * The ranking report of a cycle (one unit type), from the reporting read model, in DOCX, XLSX or PDF: it states the
 * official version it shows (or that the result is provisional), compares its figures with that version, and records
 * the event positions its sources were read at.
 */
@QueryHandler(RankingReportQuery)
export class RankingReportHandler implements IQueryHandler<RankingReportQuery> {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async execute({ ctx, cycleId, unitType, format, header }: RankingReportQuery): Promise<ReportFileType> {
    assertAllowed(ctx, READ_PROVINCE_REPORTS);
    const now = this.runtime.now();
    const { value, positions } = await this.runtime.db.withProvince(ctx.province, (tx) =>
      atEventPositions(tx, () => readRankingSources(tx, ctx.province, cycleId, unitType)),
    );
    const { year, official } = value;
    const doc = buildRankingReport({ ...year, header: reportHeader(header, year.framework, now), official, positions });
    return renderReportFile(doc, format, positions);
  }
}
