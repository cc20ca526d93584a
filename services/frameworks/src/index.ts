export { FrameworksModule } from './frameworks.module';
export { FRAMEWORKS_SCHEMA, FRAMEWORKS_STORE, FRAMEWORKS_PIPELINE } from './frameworks.tokens';
export { frameworksProjections } from './frameworks.projections';
export { toFrameworksContract } from './publishing/to-contract';
