import { defineService } from '@par/nest-platform';
import { catalogMigrations } from '@par/frameworks-catalog';
import { FRAMEWORKS_TOPIC } from '@par/frameworks-contracts';
import { cycleUpcasters, frameworkUpcasters } from '@par/frameworks-domain';
import { toFrameworksContract } from './publishing/to-contract';
import { frameworksProjections } from './frameworks.projections';
import { FRAMEWORKS_SCHEMA } from './frameworks.tokens';

/** The frameworks service: criteria frameworks (versioned), the unit registry and assessment cycles; publishes par.frameworks.v1. */
export const frameworksService = defineService({
  name: 'frameworks',
  port: 4101,
  schema: FRAMEWORKS_SCHEMA,
  graphql: () => import('./frameworks.module').then((m) => m.FrameworksModule),
  migrations: catalogMigrations(),
  eventStore: { upcasters: [...frameworkUpcasters, ...cycleUpcasters] },
  publishes: { topic: FRAMEWORKS_TOPIC, toMessage: toFrameworksContract },
  projections: frameworksProjections,
});
