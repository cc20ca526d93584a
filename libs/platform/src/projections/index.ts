export * from './projection-registry';
// The rebuild lives in @par/projections; re-exported beside the registry it runs over (`par projections`).
export { rebuildProjection } from '@par/projections';
export type { RebuildOptions, RebuildProgress, RebuildSummary } from '@par/projections';
