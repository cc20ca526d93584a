import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { findCycle, findCycleSchedule, listCycleUnits } from '@par/frameworks-catalog';
import { dayOf, scheduledPhaseOn } from '@par/frameworks-domain';
import { CycleNowQuery, CycleUnitsQuery, ReadCycleQuery } from './read-cycle.query';
import type { CycleNowType } from './cycle-now.type';
import { toPhaseView, type CyclePhaseEnum } from '../cycle-schedule/cycle-schedule.types';
import { FRAMEWORKS_SCHEMA } from '../frameworks.tokens';
import type { CycleType, UnitType } from '../read-catalog/catalog.types';

@QueryHandler(ReadCycleQuery)
export class ReadCycleHandler implements IQueryHandler<ReadCycleQuery> {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async execute({ ctx, cycleId }: ReadCycleQuery): Promise<CycleType | null> {
    const c = await this.runtime.db.withProvince(ctx.province, (tx) => findCycle(tx, FRAMEWORKS_SCHEMA, ctx.province, cycleId));
    return c ? { id: c.cycleId, ...c } : null;
  }
}

@QueryHandler(CycleNowQuery)
export class CycleNowHandler implements IQueryHandler<CycleNowQuery> {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async execute({ ctx, cycleId }: CycleNowQuery): Promise<CycleNowType> {
    const s = await this.runtime.db.withProvince(ctx.province, (tx) => findCycleSchedule(tx, FRAMEWORKS_SCHEMA, ctx.province, cycleId));
    const today = dayOf(this.runtime.now());
    const scheduled = scheduledPhaseOn(s.phases, today);
    const current = s.phases.find((p) => p.phase === s.currentPhase);
    return {
      phases: s.phases.map(toPhaseView),
      currentPhase: s.currentPhase as CyclePhaseEnum | null,
      scheduledPhase: scheduled ? toPhaseView(scheduled) : null,
      today,
      overdue: current !== undefined && today > current.deadline,
    };
  }
}

@QueryHandler(CycleUnitsQuery)
export class CycleUnitsHandler implements IQueryHandler<CycleUnitsQuery> {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async execute({ ctx, cycle }: CycleUnitsQuery): Promise<UnitType[]> {
    const units = await this.runtime.db.withProvince(ctx.province, (tx) =>
      listCycleUnits(tx, FRAMEWORKS_SCHEMA, ctx.province, {
        unitType: cycle.unitType,
        year: cycle.year,
        referenceDate: cycle.referenceDate ?? null,
      }),
    );
    return units.map((u) => ({ id: u.unitId, name: u.name, unitType: u.unitType, parentUnitId: u.parentUnitId }));
  }
}
