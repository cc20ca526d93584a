import { Module } from '@nestjs/common';
import { LostPointsReportHandler } from './lost-points-report/lost-points-report.handler';
import { LostPointsReportResolver } from './lost-points-report/lost-points-report.resolver';
import { UnitLostPointsHandler } from './unit-lost-points/unit-lost-points.handler';
import { UnitLostPointsResolver } from './unit-lost-points/unit-lost-points.resolver';

/**
 * The reporting service: reports built from published events (a unit's lost-points report and `Unit.lostPoints`).
 * Runtime, GraphQL, event store (`EVENT_STORE`) and pipeline come from the service definition (`serviceModule`).
 */
@Module({
  providers: [LostPointsReportHandler, LostPointsReportResolver, UnitLostPointsHandler, UnitLostPointsResolver],
})
export class ReportingModule {}
