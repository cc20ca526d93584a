export { ReportingModule } from './reporting.module';
export { REPORTING_PIPELINE } from './reporting.tokens';
export { REPORTING_SCHEMA } from './reporting.tokens';
export { reportingProjections } from './reporting.projections';
