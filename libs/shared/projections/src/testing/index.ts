// Test-only helpers of @par/projections (alias `@par/projections/testing`).
export { PgliteProjectionSpec } from './projection-spec';
export type { ProjectionSpecOptions, SpecEvent, SpecReadModel } from './projection-spec';
