export const RANKING_SCHEMA = 'ranking';
export const RANKING_PIPELINE = Symbol('RANKING_PIPELINE');
