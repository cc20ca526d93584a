import { Module } from '@nestjs/common';
import { LostPointsReportHandler } from './lost-points-report/lost-points-report.handler';
import { LostPointsReportResolver } from './lost-points-report/lost-points-report.resolver';

/**
 * The reporting service: reports built from published events (for now: a unit's lost-points report).
 * Runtime, GraphQL, event store (`EVENT_STORE`) and pipeline come from the service definition (`serviceModule`).
 */
@Module({
  providers: [LostPointsReportHandler, LostPointsReportResolver],
})
export class ReportingModule {}
