export { AssessmentsModule } from './assessments.module';
export { ASSESSMENTS_SCHEMA, ASSESSMENTS_STORE, ASSESSMENTS_PIPELINE } from './assessments.tokens';
export { assessmentsProjections } from './assessments.projections';
export { toAssessmentsContract } from './publishing/to-contract';
