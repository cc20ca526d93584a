import type { ProjectionSpec } from '@par/messaging';
import { applyCatalogEvent } from '@par/frameworks-catalog';
import { FRAMEWORKS_TOPIC, type FrameworksEventV1 } from '@par/frameworks-contracts';
import { ASSESSMENTS_SCHEMA } from './assessments.tokens';

/**
 * The assessments service's projections (used by AssessmentsModule and by `par projections rebuild`).
 * `assessments.catalog` owns the catalog tables of schema `assessments` (reference data for validating scores).
 */
export const assessmentsProjections: readonly ProjectionSpec[] = [
  {
    name: 'catalog',
    topics: [FRAMEWORKS_TOPIC],
    owns: ['catalog_frameworks', 'catalog_units', 'catalog_cycles'],
    description: 'Frameworks, units and cycles from par.frameworks.v1 (to validate scores)',
    handle: (tx, m) => applyCatalogEvent(tx, ASSESSMENTS_SCHEMA, m.value as FrameworksEventV1),
  },
];
