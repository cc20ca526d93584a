export * from './demo-cycle-framework';
export * from './demo-cycle-plan';
export * from './expected-ranking';
export * from './run-demo-cycle';
export * from './demo-clock';
