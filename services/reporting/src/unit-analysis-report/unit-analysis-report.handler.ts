import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertAllowed, READ_UNIT_RESULTS } from '@par/auth';
import { comparisonLineage, findCycleUnit, listUnitLineage } from '@par/frameworks-catalog';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { buildUnitAnalysisReport, type YearResult } from '@par/reporting-documents';
import { UnitAnalysisReportQuery } from './unit-analysis-report.query';
import type { ReportFileType } from '../report-file/report-file.type';
import { renderReportFile } from '../report-file/render-report-file';
import { reportHeader } from '../report-file/report-header';
import { atEventPositions } from '../report-position/event-positions';
import { evaluateCatalogCycle, listCyclesOfType } from '../report-source/load-cycle-evaluation';
import { REPORTING_SCHEMA } from '../reporting.tokens';

/**
 * A unit's analysis report: its cycle and every earlier cycle of the same unit type in the reporting read model
 * (the years on record), compared with the previous one as the registry's lineage allows; read at one event
 * position, which the report records.
 */
@QueryHandler(UnitAnalysisReportQuery)
export class UnitAnalysisReportHandler implements IQueryHandler<UnitAnalysisReportQuery> {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async execute({ ctx, cycleId, unitId, format, header }: UnitAnalysisReportQuery): Promise<ReportFileType> {
    assertAllowed(ctx, READ_UNIT_RESULTS, { unitId });
    const now = this.runtime.now();
    const { value: input, positions } = await this.runtime.db.withProvince(ctx.province, (tx) =>
      atEventPositions(tx, async () => {
        const { cycle } = await findCycleUnit(tx, REPORTING_SCHEMA, ctx.province, cycleId, unitId);
        const cycles = (await listCyclesOfType(tx, ctx.province, cycle.unitType)).filter(
          (c) => c.year < cycle.year || c.cycleId === cycleId,
        );
        const history: YearResult[] = [];
        for (const c of cycles) history.push(await evaluateCatalogCycle(tx, ctx.province, c));
        const current = history.find((y) => y.cycle.id === cycleId)!;
        const previous = history.filter((y) => y.cycle.year < cycle.year).at(-1);
        const lineage = comparisonLineage(await listUnitLineage(tx, REPORTING_SCHEMA, ctx.province));
        return {
          header: reportHeader(header, current.framework, now),
          unitId,
          current,
          ...(previous && { previous }),
          history,
          lineage,
        };
      }),
    );
    return renderReportFile(buildUnitAnalysisReport({ ...input, positions }), format, positions);
  }
}
