import { Module } from '@nestjs/common';
import { CatalogResolver, UnitReferenceResolver } from './read-catalog/catalog.resolver';
import { CycleEntityResolver, FrameworkEntityResolver, ScoringItemEntityResolver } from './read-catalog/entity-references.resolver';
import { PublishFrameworkHandler } from './publish-framework/publish-framework.handler';
import { PublishFrameworkResolver } from './publish-framework/publish-framework.resolver';
import { RegisterUnitHandler } from './register-unit/register-unit.handler';
import { RegisterUnitResolver } from './register-unit/register-unit.resolver';
import { OpenCycleHandler } from './open-cycle/open-cycle.handler';
import { OpenCycleResolver } from './open-cycle/open-cycle.resolver';
import { SaveFrameworkDraftHandler } from './save-framework-draft/save-framework-draft.handler';
import { SaveFrameworkDraftResolver } from './save-framework-draft/save-framework-draft.resolver';
import { PublishFrameworkVersionHandler } from './publish-framework-version/publish-framework-version.handler';
import { PublishFrameworkVersionResolver } from './publish-framework-version/publish-framework-version.resolver';
import { AmendFrameworkHandler } from './amend-framework/amend-framework.handler';
import { AmendFrameworkResolver } from './amend-framework/amend-framework.resolver';
import { DiscardFrameworkDraftHandler } from './discard-framework-draft/discard-framework-draft.handler';
import { DiscardFrameworkDraftResolver } from './discard-framework-draft/discard-framework-draft.resolver';
import { ListFrameworksHandler } from './list-frameworks/list-frameworks.handler';
import { ListFrameworksResolver } from './list-frameworks/list-frameworks.resolver';
import { FrameworkTreeHandler } from './framework-tree/framework-tree.handler';
import { FrameworkTreeResolver } from './framework-tree/framework-tree.resolver';
import { FrameworkDiffHandler } from './framework-diff/framework-diff.handler';
import { FrameworkDiffResolver } from './framework-diff/framework-diff.resolver';
import { SetCyclePhasesHandler } from './set-cycle-phases/set-cycle-phases.handler';
import { SetCyclePhasesResolver } from './set-cycle-phases/set-cycle-phases.resolver';
import { AdvanceCyclePhaseHandler } from './advance-cycle-phase/advance-cycle-phase.handler';
import { AdvanceCyclePhaseResolver } from './advance-cycle-phase/advance-cycle-phase.resolver';
import { CycleNowHandler, CycleUnitsHandler, ReadCycleHandler } from './read-cycle/read-cycle.handler';
import { ReadCycleResolver } from './read-cycle/read-cycle.resolver';
import { ImportFrameworkFileHandler } from './import-framework-file/import-framework-file.handler';
import { ImportFrameworkFileResolver } from './import-framework-file/import-framework-file.resolver';
import { ValidateFrameworkFileHandler } from './validate-framework-file/validate-framework-file.handler';
import { ValidateFrameworkFileResolver } from './validate-framework-file/validate-framework-file.resolver';
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
    CycleEntityResolver,
    FrameworkEntityResolver,
    ScoringItemEntityResolver,
    PublishFrameworkHandler,
    PublishFrameworkResolver,
    RegisterUnitHandler,
    RegisterUnitResolver,
    OpenCycleHandler,
    OpenCycleResolver,
    // framework lifecycle
    SaveFrameworkDraftHandler,
    SaveFrameworkDraftResolver,
    PublishFrameworkVersionHandler,
    PublishFrameworkVersionResolver,
    AmendFrameworkHandler,
    AmendFrameworkResolver,
    DiscardFrameworkDraftHandler,
    DiscardFrameworkDraftResolver,
    ListFrameworksHandler,
    ListFrameworksResolver,
    FrameworkTreeHandler,
    FrameworkTreeResolver,
    FrameworkDiffHandler,
    FrameworkDiffResolver,
    ValidateFrameworkFileHandler,
    ValidateFrameworkFileResolver,
    ImportFrameworkFileHandler,
    ImportFrameworkFileResolver,
    // cycle schedule
    SetCyclePhasesHandler,
    SetCyclePhasesResolver,
    AdvanceCyclePhaseHandler,
    AdvanceCyclePhaseResolver,
    ReadCycleHandler,
    CycleNowHandler,
    CycleUnitsHandler,
    ReadCycleResolver,
    UnitLineageResolver,
    RecordUnitLineageHandler,
    RecordUnitLineageResolver,
    ImportUnitsHandler,
    ImportUnitsResolver,
  ],
})
export class FrameworksModule {}
