export * from './campaign-fixture';
