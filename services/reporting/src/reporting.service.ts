import { defineService } from '@par/nest-platform';
import { catalogMigrations } from '@par/frameworks-catalog';
import { reportingMigrations } from './reporting.migrations';
import { reportingProjections } from './reporting.projections';
import { REPORTING_SCHEMA } from './reporting.tokens';

/** The reporting service: reports built from published events (for now a unit's lost-points report). */
export const reportingService = defineService({
  name: 'reporting',
  port: 4105,
  schema: REPORTING_SCHEMA,
  graphql: () => import('./reporting.module').then((m) => m.ReportingModule),
  migrations: [...catalogMigrations(), ...reportingMigrations()],
  projections: reportingProjections,
});
