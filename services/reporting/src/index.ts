export { reportingService } from './reporting.service';
export { REPORTING_SCHEMA } from './reporting.tokens';
