import { Module } from '@nestjs/common';
import { CatalogResolver, UnitReferenceResolver } from './read-catalog/catalog.resolver';
import {
  CycleEntityResolver,
  FrameworkEntityResolver,
  ScoringItemEntityResolver,
  UnitEntityResolver,
} from './read-catalog/entity-references.resolver';
import { PublishFrameworkHandler } from './publish-framework/publish-framework.handler';
import { PublishFrameworkResolver } from './publish-framework/publish-framework.resolver';
import { RegisterUnitHandler } from './register-unit/register-unit.handler';
import { RegisterUnitResolver } from './register-unit/register-unit.resolver';
import { OpenCycleHandler } from './open-cycle/open-cycle.handler';
import { OpenCycleResolver } from './open-cycle/open-cycle.resolver';

/**
 * The frameworks service: criteria frameworks (versioned), the unit registry and assessment cycles.
 * Runtime, GraphQL, event store (`EVENT_STORE`) and pipeline come from the service definition (`serviceModule`).
 */
@Module({
  providers: [
    CatalogResolver,
    UnitReferenceResolver,
    UnitEntityResolver,
    CycleEntityResolver,
    FrameworkEntityResolver,
    ScoringItemEntityResolver,
    PublishFrameworkHandler,
    PublishFrameworkResolver,
    RegisterUnitHandler,
    RegisterUnitResolver,
    OpenCycleHandler,
    OpenCycleResolver,
  ],
})
export class FrameworksModule {}
