export const SURVEYS_SCHEMA = 'surveys';
export const SURVEYS_PIPELINE = Symbol('SURVEYS_PIPELINE');
