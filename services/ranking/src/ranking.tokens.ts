export const RANKING_SCHEMA = 'ranking';
