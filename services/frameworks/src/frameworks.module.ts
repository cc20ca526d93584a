import { Module } from '@nestjs/common';
import { CatalogResolver, UnitReferenceResolver } from './read-catalog/catalog.resolver';
import { PublishFrameworkHandler } from './publish-framework/publish-framework.handler';
import { PublishFrameworkResolver } from './publish-framework/publish-framework.resolver';
import { RegisterUnitHandler } from './register-unit/register-unit.handler';
import { RegisterUnitResolver } from './register-unit/register-unit.resolver';
import { OpenCycleHandler } from './open-cycle/open-cycle.handler';
import { OpenCycleResolver } from './open-cycle/open-cycle.resolver';
import { UnitLineageResolver } from './unit-registry/unit-lineage.resolver';
import { RecordUnitLineageHandler } from './record-unit-lineage/record-unit-lineage.handler';
import { RecordUnitLineageResolver } from './record-unit-lineage/record-unit-lineage.resolver';
import { ImportUnitsHandler } from './import-units/import-units.handler';
import { ImportUnitsResolver } from './import-units/import-units.resolver';

/**
 * The frameworks service: criteria frameworks (versioned), the unit registry and assessment cycles.
 * Runtime, GraphQL, event store (`EVENT_STORE`) and pipeline come from the service definition (`serviceModule`).
 */
@Module({
  providers: [
    CatalogResolver,
    UnitReferenceResolver,
    PublishFrameworkHandler,
    PublishFrameworkResolver,
    RegisterUnitHandler,
    RegisterUnitResolver,
    OpenCycleHandler,
    OpenCycleResolver,
    UnitLineageResolver,
    RecordUnitLineageHandler,
    RecordUnitLineageResolver,
    ImportUnitsHandler,
    ImportUnitsResolver,
  ],
})
export class FrameworksModule {}
