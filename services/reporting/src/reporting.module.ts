import { Module, type DynamicModule } from '@nestjs/common';
import { RuntimeModule, ServicePipeline, subgraphGraphQLModule, type ServiceRuntime } from '@par/nest-platform';
import { catalogMigrations } from '@par/frameworks-catalog';
import { REPORTING_PIPELINE, REPORTING_SCHEMA } from './reporting.tokens';
import { reportingMigrations } from './reporting.migrations';
import { reportingProjections } from './reporting.projections';
import { LostPointsReportHandler } from './lost-points-report/lost-points-report.handler';
import { LostPointsReportResolver } from './lost-points-report/lost-points-report.resolver';

/** The reporting service: reports built from published events (for now: a unit's lost-points report). */
@Module({})
export class ReportingModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    const pipeline = new ServicePipeline(runtime, {
      service: 'reporting',
      schema: REPORTING_SCHEMA,
      migrations: [...catalogMigrations(), ...reportingMigrations()],
      projections: reportingProjections,
    });
    return {
      module: ReportingModule,
      imports: [RuntimeModule.forService('reporting', runtime), subgraphGraphQLModule({ secret: runtime.internalSecret })],
      providers: [{ provide: REPORTING_PIPELINE, useValue: pipeline }, LostPointsReportHandler, LostPointsReportResolver],
      exports: [REPORTING_PIPELINE],
    };
  }
}
