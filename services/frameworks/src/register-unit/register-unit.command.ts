import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { UnitType } from '../read-catalog/catalog.types';

export class RegisterUnitCommand extends Command<UnitType> {
  constructor(
    readonly ctx: RequestContext,
    readonly unit: { unitId: string; name: string; unitType: string; parentUnitId: string | null },
  ) {
    super();
  }
}
