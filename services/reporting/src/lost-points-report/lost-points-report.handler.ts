import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertAllowed, READ_UNIT_RESULTS } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { LostPointsReportQuery } from './lost-points-report.query';
import type { LostPointsReportType } from './lost-points-report.type';
import { renderLostPoints } from './render-lost-points';
import { loadLostPointsSource } from '../lost-points-source/load-lost-points-source';

/** A unit's lost-points report, from the reporting read model (catalog and scores) and the scoring engine. */
@QueryHandler(LostPointsReportQuery)
export class LostPointsReportHandler implements IQueryHandler<LostPointsReportQuery> {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  execute({ ctx, cycleId, unitId }: LostPointsReportQuery): Promise<LostPointsReportType> {
    assertAllowed(ctx, READ_UNIT_RESULTS, { unitId });
    return this.runtime.db.withProvince(ctx.province, async (tx) => {
      const { framework, input } = await loadLostPointsSource(tx, ctx.province, cycleId, unitId);
      const { markdown, totalLost } = renderLostPoints(framework, input);
      return { unitId, totalLost, markdown };
    });
  }
}
