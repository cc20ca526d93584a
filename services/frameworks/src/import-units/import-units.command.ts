import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { UnitImportRow } from '@par/frameworks-domain';
import type { UnitImportResult } from '../unit-registry/import-unit-rows';

export class ImportUnitsCommand extends Command<UnitImportResult> {
  constructor(
    readonly ctx: RequestContext,
    readonly rows: UnitImportRow[],
  ) {
    super();
  }
}
