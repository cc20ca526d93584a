export { ReportingModule } from './reporting.module';
export { REPORTING_PIPELINE } from './reporting.tokens';
