import type { ProjectionSpec } from '@par/projections';
import { catalogProjection } from '@par/frameworks-catalog';
import { ASSESSMENTS_SCHEMA } from './assessments.tokens';
import { unitProgressProjection } from './unit-progress/unit-progress.projection';

/**
 * The assessments service's projections (used by AssessmentsModule and by `par projections rebuild`).
 * `assessments.catalog` owns the catalog tables of schema `assessments` (reference data for validating scores).
 */
export const assessmentsProjections: readonly ProjectionSpec[] = [
  catalogProjection(ASSESSMENTS_SCHEMA, 'Frameworks, units and cycles from par.frameworks.v1 (to validate scores)'),
  unitProgressProjection(ASSESSMENTS_SCHEMA),
];
