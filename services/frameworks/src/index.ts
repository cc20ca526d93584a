export { frameworksService } from './frameworks.service';
export { FRAMEWORKS_SCHEMA } from './frameworks.tokens';
