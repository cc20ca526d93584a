export const ASSESSMENTS_SCHEMA = 'assessments';
export const ASSESSMENTS_STORE = Symbol('ASSESSMENTS_STORE');
export const ASSESSMENTS_PIPELINE = Symbol('ASSESSMENTS_PIPELINE');
