import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { createPgliteDatabase } from '@par/database';
import { createInProcessBus } from '@par/messaging';
import { serviceModule, startService, type ServiceDefinition } from '@par/nest-platform';

/**
 * Prints one service's federation SDL by building it on a throwaway PGlite database and in-process bus.
 * Nest's code-first type registry is process-global: print each subgraph in a process that has loaded only that
 * service's GraphQL module (`apps/supergraph/print-subgraph.main.ts`; the definitions list loads none).
 */
export async function printSubgraphSdl(def: ServiceDefinition): Promise<string> {
  const db = await createPgliteDatabase();
  const bus = createInProcessBus();
  try {
    const runtime = { db, bus, internalSecret: 'compose-only-secret-not-used-for-anything', now: () => new Date(0) };
    const app = await startService(await serviceModule(def, runtime), null);
    try {
      return printSubgraphSchema(app.get(GraphQLSchemaHost).schema);
    } finally {
      await app.close();
    }
  } finally {
    await bus.close();
    await db.close();
  }
}
