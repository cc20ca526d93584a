import { defineService } from '@par/nest-platform';
import { ASSESSMENTS_TOPIC } from '@par/assessments-contracts';
import { toAssessmentsContract } from './publishing/to-contract';
import { assessmentsProjections } from './assessments.projections';
import { assessmentsMigrations } from './assessments.migrations';
import { ASSESSMENTS_SCHEMA } from './assessments.tokens';
import { evidenceMigrations } from './evidence-store/evidence.migrations';

/** The assessments service: self-assessment and appraisal, event-sourced, with the audit trail of every score; publishes par.assessments.v1. */
export const assessmentsService = defineService({
  name: 'assessments',
  port: 4102,
  schema: ASSESSMENTS_SCHEMA,
  graphql: () => import('./assessments.module').then((m) => m.AssessmentsModule),
  migrations: [...assessmentsMigrations(), ...evidenceMigrations()],
  eventStore: { upcasters: [] },
  publishes: { topic: ASSESSMENTS_TOPIC, toMessage: toAssessmentsContract },
  projections: assessmentsProjections,
});
