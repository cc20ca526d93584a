export { FrameworksModule } from './frameworks.module';
export { FRAMEWORKS_SCHEMA } from './frameworks.tokens';
