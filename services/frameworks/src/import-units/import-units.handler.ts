import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';
import { importUnitRows, type UnitImportResult } from '../unit-registry/import-unit-rows';
import { ImportUnitsCommand } from './import-units.command';

@CommandHandler(ImportUnitsCommand)
export class ImportUnitsHandler implements ICommandHandler<ImportUnitsCommand> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, rows }: ImportUnitsCommand): Promise<UnitImportResult> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    return importUnitRows(this.store, ctx, this.runtime.now(), rows);
  }
}
