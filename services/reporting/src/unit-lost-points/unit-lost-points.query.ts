import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { UnitLostPointsType } from './unit-lost-points.type';

export class UnitLostPointsQuery extends Query<UnitLostPointsType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly unitId: string,
  ) {
    super();
  }
}
