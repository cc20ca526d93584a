import { defineService } from '@par/nest-platform';
import { catalogMigrations } from '@par/frameworks-catalog';
import { SURVEYS_TOPIC } from '@par/surveys-contracts';
import { surveysProjections } from './surveys.projections';
import { surveysMigrations } from './surveys.migrations';
import { toSurveysContract } from './publishing/to-contract';
import { SURVEYS_SCHEMA } from './surveys.tokens';

/** The surveys service: campaigns (XHH, SIPAS), imported and online responses, results; publishes par.surveys.v1. */
export const surveysService = defineService({
  name: 'surveys',
  port: 4103,
  schema: SURVEYS_SCHEMA,
  graphql: () => import('./surveys.module').then((m) => m.SurveysModule),
  migrations: [...catalogMigrations(), ...surveysMigrations()],
  eventStore: { upcasters: [] },
  publishes: { topic: SURVEYS_TOPIC, toMessage: toSurveysContract },
  projections: surveysProjections,
});
