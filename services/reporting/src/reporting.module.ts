import { Module } from '@nestjs/common';
import { LostPointsReportHandler } from './lost-points-report/lost-points-report.handler';
import { LostPointsReportResolver } from './lost-points-report/lost-points-report.resolver';
import { UnitLostPointsHandler } from './unit-lost-points/unit-lost-points.handler';
import { UnitLostPointsResolver } from './unit-lost-points/unit-lost-points.resolver';
import { RankingReportHandler } from './ranking-report/ranking-report.handler';
import { RankingReportResolver } from './ranking-report/ranking-report.resolver';
import { UnitAnalysisReportHandler } from './unit-analysis-report/unit-analysis-report.handler';
import { UnitAnalysisReportResolver } from './unit-analysis-report/unit-analysis-report.resolver';
import { ReconcilePublishedTableHandler } from './reconcile-published-table/reconcile-published-table.handler';
import { ReconcilePublishedTableResolver } from './reconcile-published-table/reconcile-published-table.resolver';

/**
 * The reporting service: reports built from published events (a unit's lost-points report and `Unit.lostPoints`,
 * the ranking report and the unit analysis report as DOCX, XLSX and PDF).
 * Runtime, GraphQL, event store (`EVENT_STORE`) and pipeline come from the service definition (`serviceModule`).
 */
@Module({
  providers: [
    LostPointsReportHandler,
    LostPointsReportResolver,
    UnitLostPointsHandler,
    UnitLostPointsResolver,
    RankingReportHandler,
    RankingReportResolver,
    UnitAnalysisReportHandler,
    UnitAnalysisReportResolver,
    ReconcilePublishedTableHandler,
    ReconcilePublishedTableResolver,
  ],
})
export class ReportingModule {}
