import type { ProjectionSpec } from '@par/messaging';
import { applyCatalogEvent } from '@par/frameworks-catalog';
import { FRAMEWORKS_TOPIC, type FrameworksEventV1 } from '@par/frameworks-contracts';
import { SURVEYS_SCHEMA } from './surveys.tokens';

/**
 * The surveys service's projections (used by SurveysModule and by `par projections rebuild`).
 * `surveys.catalog` owns the catalog tables of schema `surveys`.
 */
export const surveysProjections: readonly ProjectionSpec[] = [
  {
    name: 'catalog',
    topics: [FRAMEWORKS_TOPIC],
    owns: ['catalog_frameworks', 'catalog_units', 'catalog_cycles'],
    description: 'Frameworks, units and cycles from par.frameworks.v1 (survey-measured criteria)',
    handle: (tx, m) => applyCatalogEvent(tx, SURVEYS_SCHEMA, m.value as FrameworksEventV1),
  },
];
