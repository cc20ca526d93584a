import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { CycleType } from '../read-catalog/catalog.types';

export class OpenCycleCommand extends Command<CycleType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycle: {
      cycleId: string;
      name: string;
      year: number;
      unitType: string;
      frameworkId: string;
      frameworkVersion: number;
      /** ISO date the units are taken as of; default 1 January of `year`. */
      referenceDate?: string;
    },
  ) {
    super();
  }
}
