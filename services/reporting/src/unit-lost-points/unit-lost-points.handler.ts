import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertAllowed, READ_UNIT_RESULTS } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import type { LostItem } from '@par/scoring';
import { UnitLostPointsQuery } from './unit-lost-points.query';
import type { LostPointsGroupType, UnitLostPointsType } from './unit-lost-points.type';
import { appraisedLostPoints, type LostGroup } from '../lost-points-source/appraised-lost-points';
import { loadLostPointsSource } from '../lost-points-source/load-lost-points-source';

const toItem = (i: LostItem) => ({
  code: i.code,
  name: i.name,
  componentCode: i.componentCode,
  departments: i.departments,
  max: i.max,
  achieved: i.achieved,
  lost: i.lost,
  reason: i.reason ?? null,
});
const toGroup = (g: LostGroup): LostPointsGroupType => ({ code: g.code, name: g.name, lost: g.lost, items: g.items.map(toItem) });

/** `Unit.lostPoints`: the same computation as the lost-points report, as data. */
@QueryHandler(UnitLostPointsQuery)
export class UnitLostPointsHandler implements IQueryHandler<UnitLostPointsQuery> {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  execute({ ctx, cycleId, unitId }: UnitLostPointsQuery): Promise<UnitLostPointsType> {
    assertAllowed(ctx, READ_UNIT_RESULTS, { unitId });
    return this.runtime.db.withProvince(ctx.province, async (tx) => {
      const { framework, input } = await loadLostPointsSource(tx, ctx.province, cycleId, unitId);
      const lost = appraisedLostPoints(framework, input);
      return {
        cycleId,
        unit: { id: unitId },
        total: lost.totalLost,
        byComponent: lost.byComponent.map(toGroup),
        byDepartment: lost.byDepartment.map(toGroup),
      };
    });
  }
}
