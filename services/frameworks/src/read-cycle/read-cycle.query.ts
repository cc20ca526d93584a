import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { CycleType, UnitType } from '../read-catalog/catalog.types';
import type { CycleNowType } from './cycle-now.type';

export class ReadCycleQuery extends Query<CycleType | null> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
  ) {
    super();
  }
}

/** A cycle's schedule as of the runtime's clock. */
export class CycleNowQuery extends Query<CycleNowType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
  ) {
    super();
  }
}

/** The units assessed in a cycle (the registry's, as of the cycle's reference date). */
export class CycleUnitsQuery extends Query<UnitType[]> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycle: CycleType,
  ) {
    super();
  }
}
