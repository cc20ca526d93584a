import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertAllowed, READ_CYCLE_DASHBOARD } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { CycleDashboardQuery } from './cycle-dashboard.query';
import type { CycleDashboardType } from './cycle-dashboard.type';
import { cycleProgress } from '../unit-progress/cycle-progress';
import { UNIT_STATUSES } from '../unit-progress/unit-status';
import type { UnitProgressStatus } from '../unit-progress/unit-progress.type';

/** Every unit of the cycle with its status and counts (read model `unit_progress`), and how many units are in each status. */
@QueryHandler(CycleDashboardQuery)
export class CycleDashboardHandler implements IQueryHandler<CycleDashboardQuery> {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async execute({ ctx, cycleId }: CycleDashboardQuery): Promise<CycleDashboardType> {
    assertAllowed(ctx, READ_CYCLE_DASHBOARD);
    const units = (await cycleProgress(this.runtime.db, ctx, cycleId)).map((u) => ({ ...u, status: u.status as UnitProgressStatus }));
    const counts = UNIT_STATUSES.map((status) => ({
      status: status as UnitProgressStatus,
      count: units.filter((u) => u.status === status).length,
    }));
    return { cycleId, counts, units };
  }
}
