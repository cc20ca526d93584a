export const FRAMEWORKS_SCHEMA = 'frameworks';
export const FRAMEWORKS_STORE = Symbol('FRAMEWORKS_STORE');
export const FRAMEWORKS_PIPELINE = Symbol('FRAMEWORKS_PIPELINE');
