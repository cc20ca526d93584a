export const REPORTING_SCHEMA = 'reporting';
export const REPORTING_PIPELINE = Symbol('REPORTING_PIPELINE');
