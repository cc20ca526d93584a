export { assessmentsService } from './assessments.service';
export { ASSESSMENTS_SCHEMA } from './assessments.tokens';
