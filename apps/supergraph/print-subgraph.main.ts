import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { startService, type ServiceRuntime } from '@par/nest-platform';
import { createPgliteDatabase } from '@par/database';
import { createInProcessBus } from '@par/messaging';

/**
 * Prints one subgraph's federation SDL. Runs in its own process with only that service imported:
 * Nest's code-first type registry is process-global, so building several subgraphs in one process
 * would leak each one's types into the others' SDL.
 */
const name = process.argv[2];
const load = async (): Promise<(r: ServiceRuntime) => unknown> => {
  switch (name) {
    case 'frameworks':
      return (await import('@par/service-frameworks')).FrameworksModule.register;
    case 'assessments':
      return (await import('@par/service-assessments')).AssessmentsModule.register;
    case 'surveys':
      return (await import('@par/service-surveys')).SurveysModule.register;
    case 'ranking':
      return (await import('@par/service-ranking')).RankingModule.register;
    case 'reporting':
      return (await import('@par/service-reporting')).ReportingModule.register;
    default:
      throw new Error(`unknown subgraph ${name}`);
  }
};
const register = await load();
const db = await createPgliteDatabase();
const bus = createInProcessBus();
const app = await startService(
  register({ db, bus, internalSecret: 'compose-only-secret-not-used-for-anything', now: () => new Date(0) }),
  null,
);
process.stdout.write(printSubgraphSchema(app.get(GraphQLSchemaHost).schema));
await app.close();
await bus.close();
await db.close();
process.exit(0);
