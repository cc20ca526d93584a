import { Module, type DynamicModule } from '@nestjs/common';
import { RuntimeModule, ServicePipeline, subgraphGraphQLModule, type ServiceRuntime } from '@par/nest-platform';
import { applyCatalogEvent, catalogMigrations } from '@par/frameworks-catalog';
import { FRAMEWORKS_TOPIC, type FrameworksEventV1 } from '@par/frameworks-contracts';
import { ASSESSMENTS_TOPIC, type ScoreRecordedV1 } from '@par/assessments-contracts';
import { REPORTING_PIPELINE, REPORTING_SCHEMA } from './reporting.tokens';
import { reportingMigrations } from './reporting.migrations';
import { LostPointsReportResolver } from './lost-points-report/lost-points-report.resolver';

/** The reporting service: reports built from published events (for now: a unit's lost-points report). */
@Module({})
export class ReportingModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    const pipeline = new ServicePipeline(runtime, {
      service: 'reporting',
      schema: REPORTING_SCHEMA,
      migrations: [...catalogMigrations(), ...reportingMigrations()],
      projections: [
        { name: 'catalog', topics: [FRAMEWORKS_TOPIC], handle: (tx, m) => applyCatalogEvent(tx, REPORTING_SCHEMA, m.value as FrameworksEventV1) },
        {
          name: 'scores',
          topics: [ASSESSMENTS_TOPIC],
          handle: async (tx, m) => {
            const e = m.value as ScoreRecordedV1;
            const set = e.kind === 'self' ? 'self_score = EXCLUDED.self_score' : 'appraised_score = EXCLUDED.appraised_score, appraisal_reason = EXCLUDED.appraisal_reason';
            await tx.query(
              `INSERT INTO ${REPORTING_SCHEMA}.scores (province, cycle_id, unit_id, code, self_score, appraised_score, appraisal_reason)
               VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT (province, cycle_id, unit_id, code) DO UPDATE SET ${set}`,
              [e.province, e.cycleId, e.unitId, e.subCriterionCode, e.kind === 'self' ? e.score : null, e.kind === 'appraised' ? e.score : null, e.kind === 'appraised' ? e.reason : null],
            );
          },
        },
      ],
    });
    return {
      module: ReportingModule,
      imports: [RuntimeModule.forService('reporting', runtime), subgraphGraphQLModule({ secret: runtime.internalSecret })],
      providers: [{ provide: REPORTING_PIPELINE, useValue: pipeline }, LostPointsReportResolver],
      exports: [REPORTING_PIPELINE],
    };
  }
}
