export const SURVEYS_SCHEMA = 'surveys';
