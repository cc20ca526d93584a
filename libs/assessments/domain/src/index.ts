export * from './assessment/assessment.events';
export * from './assessment/assessment.state';
export * from './assessment/assessment.decider';
export * from './assessment/scoring-item';
export * from './record-self-score/record-self-score.decide';
export * from './record-appraised-score/record-appraised-score.decide';
export * from './mark-not-applicable/mark-not-applicable.decide';
export * from './clear-not-applicable/clear-not-applicable.decide';
