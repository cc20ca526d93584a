import type { ProjectionSpec } from '@par/projections';
import { catalogProjection } from '@par/frameworks-catalog';
import { FRAMEWORKS_SCHEMA } from './frameworks.tokens';

/**
 * The frameworks service's projections (used by FrameworksModule and by `par projections rebuild`).
 * `frameworks.catalog` owns the catalog tables of schema `frameworks`, fed by its own published contract.
 */
export const frameworksProjections: readonly ProjectionSpec[] = [
  catalogProjection(FRAMEWORKS_SCHEMA, 'Frameworks, units and cycles as published (the read side of the frameworks subgraph)'),
];
