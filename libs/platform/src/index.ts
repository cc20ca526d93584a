export * from './subgraphs';
export * from './start-services';
export * from './compose';
export * from './demo/demo-framework';
export * from './demo/seed-demo-province';
export * from './start-platform';
export * from './projections/index';
