export * from './ranking-publication/ranking-publication.events';
export * from './ranking-publication/ranking-publication.state';
export * from './ranking-publication/ranking-publication.decider';
export * from './ranking-publication/decision-rules';
export * from './publish-ranking/publish-ranking.decide';
export * from './correct-ranking/correct-ranking.decide';
