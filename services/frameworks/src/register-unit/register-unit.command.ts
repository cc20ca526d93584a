import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { RegisterUnit } from '@par/frameworks-domain';
import type { UnitType } from '../read-catalog/catalog.types';

export class RegisterUnitCommand extends Command<UnitType> {
  constructor(
    readonly ctx: RequestContext,
    readonly unit: RegisterUnit['data'],
  ) {
    super();
  }
}
