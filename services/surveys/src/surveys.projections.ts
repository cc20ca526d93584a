import type { ProjectionSpec } from '@par/projections';
import { catalogProjection } from '@par/frameworks-catalog';
import { SURVEYS_SCHEMA } from './surveys.tokens';
import { surveyTokensProjection } from './survey-token/survey-tokens.projection';

/**
 * The surveys service's projections (used by SurveysModule and by `par projections rebuild`).
 * `surveys.catalog` owns the catalog tables of schema `surveys`; `surveys.tokens` the token lookup.
 */
export const surveysProjections: readonly ProjectionSpec[] = [
  catalogProjection(SURVEYS_SCHEMA, 'Frameworks, units and cycles from par.frameworks.v1 (survey-measured criteria)'),
  surveyTokensProjection,
];
