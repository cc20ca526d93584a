import type { ProjectionSpec } from '@par/messaging';
import { applyCatalogEvent } from '@par/frameworks-catalog';
import { FRAMEWORKS_TOPIC, type FrameworksEventV1 } from '@par/frameworks-contracts';
import { FRAMEWORKS_SCHEMA } from './frameworks.tokens';

/**
 * The frameworks service's projections (used by FrameworksModule and by `par projections rebuild`).
 * `frameworks.catalog` owns the catalog tables of schema `frameworks`, fed by its own published contract.
 */
export const frameworksProjections: readonly ProjectionSpec[] = [
  {
    name: 'catalog',
    topics: [FRAMEWORKS_TOPIC],
    owns: ['catalog_frameworks', 'catalog_units', 'catalog_cycles'],
    description: 'Frameworks, units and cycles as published (the read side of the frameworks subgraph)',
    handle: (tx, m) => applyCatalogEvent(tx, FRAMEWORKS_SCHEMA, m.value as FrameworksEventV1),
  },
];
