export * from './subgraphs';
export * from './start-services';
export * from './compose';
