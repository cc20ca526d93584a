import { Module, type DynamicModule } from '@nestjs/common';
import { createEventStore, eventStoreMigrations } from '@par/event-store';
import { catalogMigrations } from '@par/frameworks-catalog';
import { RuntimeModule, ServicePipeline, subgraphGraphQLModule, type ServiceRuntime } from '@par/nest-platform';
import { FRAMEWORKS_PIPELINE, FRAMEWORKS_SCHEMA, FRAMEWORKS_STORE } from './frameworks.tokens';
import { CatalogResolver, UnitReferenceResolver } from './read-catalog/catalog.resolver';
import { PublishFrameworkHandler } from './publish-framework/publish-framework.handler';
import { PublishFrameworkResolver } from './publish-framework/publish-framework.resolver';
import { RegisterUnitHandler } from './register-unit/register-unit.handler';
import { RegisterUnitResolver } from './register-unit/register-unit.resolver';
import { OpenCycleHandler } from './open-cycle/open-cycle.handler';
import { OpenCycleResolver } from './open-cycle/open-cycle.resolver';
import { toFrameworksContract } from './publishing/to-contract';
import { frameworksProjections } from './frameworks.projections';

/** The frameworks service: criteria frameworks (versioned), the unit registry and assessment cycles. */
@Module({})
export class FrameworksModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    const store = createEventStore(runtime.db, { schema: FRAMEWORKS_SCHEMA });
    const pipeline = new ServicePipeline(runtime, {
      service: 'frameworks',
      schema: FRAMEWORKS_SCHEMA,
      migrations: [...eventStoreMigrations(FRAMEWORKS_SCHEMA), ...catalogMigrations()],
      forward: { store, toMessage: toFrameworksContract },
      projections: frameworksProjections,
    });
    return {
      module: FrameworksModule,
      imports: [RuntimeModule.forService('frameworks', runtime), subgraphGraphQLModule({ secret: runtime.internalSecret })],
      providers: [
        { provide: FRAMEWORKS_STORE, useValue: store },
        { provide: FRAMEWORKS_PIPELINE, useValue: pipeline },
        CatalogResolver,
        UnitReferenceResolver,
        PublishFrameworkHandler,
        PublishFrameworkResolver,
        RegisterUnitHandler,
        RegisterUnitResolver,
        OpenCycleHandler,
        OpenCycleResolver,
      ],
      exports: [FRAMEWORKS_STORE, FRAMEWORKS_PIPELINE],
    };
  }
}
