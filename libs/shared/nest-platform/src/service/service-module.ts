import type { DynamicModule } from '@nestjs/common';
import { subgraphGraphQLModule } from '../graphql/subgraph-graphql.module';
import { RuntimeModule } from '../runtime/runtime.module';
import type { ServiceRuntime } from '../runtime/service-runtime';
import { ServicePipeline } from '../pipeline/service-pipeline';
import type { ServiceDefinition } from './define-service';

/** The service's event store (services that write events): `@Inject(EVENT_STORE) store: EventStore`. */
export const EVENT_STORE = Symbol('EVENT_STORE');
/** The service's pipeline (migrations, forwarder, projections): `app.get(SERVICE_PIPELINE)`. */
export const SERVICE_PIPELINE = Symbol('SERVICE_PIPELINE');

/**
 * The Nest root module of one service, built from its definition: runtime, GraphQL subgraph, the service's own
 * module (loaded now), its event store under `EVENT_STORE` and its pipeline under `SERVICE_PIPELINE`.
 */
export async function serviceModule(def: ServiceDefinition, runtime: ServiceRuntime): Promise<DynamicModule> {
  const store = def.openStore?.(runtime.db) ?? null;
  const pipeline = new ServicePipeline(runtime, {
    service: def.name,
    schema: def.schema,
    migrations: def.schemaMigrations,
    ...(store && def.publishes && { forward: { store, toMessage: def.publishes.toMessage } }),
    projections: def.projections,
  });
  const module = await def.graphql();
  return {
    module,
    imports: [RuntimeModule.forService(def.name, runtime), subgraphGraphQLModule({ secret: runtime.internalSecret, include: [module] })],
    providers: [{ provide: SERVICE_PIPELINE, useValue: pipeline }, ...(store ? [{ provide: EVENT_STORE, useValue: store }] : [])],
    exports: [SERVICE_PIPELINE, ...(store ? [EVENT_STORE] : [])],
  };
}
