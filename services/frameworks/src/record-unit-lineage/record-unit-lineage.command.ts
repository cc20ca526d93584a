import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { DissolveUnit, MergeUnits, RenameUnit, SplitUnit } from '@par/frameworks-domain';

/** A merger, split, renaming or dissolution; returns how many events were recorded (0: already recorded). */
export class RecordUnitLineageCommand extends Command<number> {
  constructor(
    readonly ctx: RequestContext,
    readonly change: MergeUnits | SplitUnit | RenameUnit | DissolveUnit,
  ) {
    super();
  }
}
