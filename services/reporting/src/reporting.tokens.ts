export const REPORTING_SCHEMA = 'reporting';
