export { frameworksService } from './frameworks.service';
export { FRAMEWORKS_SCHEMA } from './frameworks.tokens';
export { importUnitRows, MAX_IMPORT_ROWS, type UnitImportResult } from './unit-registry/import-unit-rows';
