import { defineService } from '@par/nest-platform';
import { catalogMigrations } from '@par/frameworks-catalog';
import { surveysProjections } from './surveys.projections';
import { SURVEYS_SCHEMA } from './surveys.tokens';

/** The surveys service: sociological surveys (XHH) and SIPAS; for now which criteria of a cycle are survey-measured. */
export const surveysService = defineService({
  name: 'surveys',
  port: 4103,
  schema: SURVEYS_SCHEMA,
  graphql: () => import('./surveys.module').then((m) => m.SurveysModule),
  migrations: catalogMigrations(),
  projections: surveysProjections,
});
