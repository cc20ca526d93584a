import { Module, type DynamicModule } from '@nestjs/common';
import { createEventStore, eventStoreMigrations } from '@par/event-store';
import { catalogMigrations } from '@par/frameworks-catalog';
import { RuntimeModule, ServicePipeline, subgraphGraphQLModule, type ServiceRuntime } from '@par/nest-platform';
import { ASSESSMENTS_PIPELINE, ASSESSMENTS_SCHEMA, ASSESSMENTS_STORE } from './assessments.tokens';
import { RecordSelfScoreHandler } from './record-self-score/record-self-score.handler';
import { RecordSelfScoreResolver } from './record-self-score/record-self-score.resolver';
import { RecordAppraisedScoreHandler } from './record-appraised-score/record-appraised-score.handler';
import { RecordAppraisedScoreResolver } from './record-appraised-score/record-appraised-score.resolver';
import { ScoreHistoryHandler } from './score-history/score-history.handler';
import { ScoreHistoryResolver } from './score-history/score-history.resolver';
import { VerifyAuditTrailHandler } from './verify-audit-trail/verify-audit-trail.handler';
import { VerifyAuditTrailResolver } from './verify-audit-trail/verify-audit-trail.resolver';
import { toAssessmentsContract } from './publishing/to-contract';
import { assessmentsProjections } from './assessments.projections';

/** The assessments service: self-assessment and appraisal, event-sourced; the audit trail of every score. */
@Module({})
export class AssessmentsModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    const store = createEventStore(runtime.db, { schema: ASSESSMENTS_SCHEMA });
    const pipeline = new ServicePipeline(runtime, {
      service: 'assessments',
      schema: ASSESSMENTS_SCHEMA,
      migrations: [...eventStoreMigrations(ASSESSMENTS_SCHEMA), ...catalogMigrations()],
      forward: { store, toMessage: toAssessmentsContract },
      projections: assessmentsProjections,
    });
    return {
      module: AssessmentsModule,
      imports: [RuntimeModule.forService('assessments', runtime), subgraphGraphQLModule({ secret: runtime.internalSecret })],
      providers: [
        { provide: ASSESSMENTS_STORE, useValue: store },
        { provide: ASSESSMENTS_PIPELINE, useValue: pipeline },
        RecordSelfScoreHandler,
        RecordSelfScoreResolver,
        RecordAppraisedScoreHandler,
        RecordAppraisedScoreResolver,
        ScoreHistoryHandler,
        ScoreHistoryResolver,
        VerifyAuditTrailHandler,
        VerifyAuditTrailResolver,
      ],
      exports: [ASSESSMENTS_STORE, ASSESSMENTS_PIPELINE],
    };
  }
}
