import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { UnitImportProblem, UnitImportRow } from '@par/frameworks-domain';

export interface UnitImportResult {
  /** Events appended (registrations and lineage); 0 when the file was already imported or has problems. */
  imported: number;
  unchanged: number;
  problems: UnitImportProblem[];
}

export class ImportUnitsCommand extends Command<UnitImportResult> {
  constructor(
    readonly ctx: RequestContext,
    readonly rows: UnitImportRow[],
  ) {
    super();
  }
}
