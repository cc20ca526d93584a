import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '@par/kernel';
import { assertAllowed, READ_UNIT_RESULTS } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { findCycleUnit, findFramework } from '@par/frameworks-catalog';
import type { Framework } from '@par/scoring';
import { LostPointsReportQuery } from './lost-points-report.query';
import type { LostPointsReportType } from './lost-points-report.type';
import { renderLostPoints } from './render-lost-points';
import { REPORTING_SCHEMA } from '../reporting.tokens';

/** A unit's lost-points report, from the reporting read model (catalog and scores) and the scoring engine. */
@QueryHandler(LostPointsReportQuery)
export class LostPointsReportHandler implements IQueryHandler<LostPointsReportQuery> {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  execute({ ctx, cycleId, unitId }: LostPointsReportQuery): Promise<LostPointsReportType> {
    assertAllowed(ctx, READ_UNIT_RESULTS, { unitId });
    return this.runtime.db.withProvince(ctx.province, async (tx) => {
      const { cycle, unit } = await findCycleUnit(tx, REPORTING_SCHEMA, ctx.province, cycleId, unitId);
      const fw = await findFramework(tx, REPORTING_SCHEMA, ctx.province, cycle.frameworkId, cycle.frameworkVersion);
      if (!fw) {
        throw new NotFoundError(
          'REPORT_SOURCE_MISSING',
          'Chưa có đủ dữ liệu để lập báo cáo (bộ tiêu chí chưa được đồng bộ).',
          `Framework ${cycle.frameworkId} v${cycle.frameworkVersion} not yet in the reporting read model`,
        );
      }
      const { rows } = await tx.query<{ code: string; score: string | null; reason: string | null }>(
        `SELECT code, COALESCE(appraised_score, self_score)::text AS score, appraisal_reason AS reason
           FROM ${REPORTING_SCHEMA}.scores WHERE province = $1 AND cycle_id = $2 AND unit_id = $3`,
        [ctx.province, cycleId, unitId],
      );
      const scores = new Map(rows.filter((r) => r.score !== null).map((r) => [r.code, { score: Number(r.score), reason: r.reason }]));
      const { markdown, totalLost } = renderLostPoints(fw.definition as Framework, {
        unitId,
        unitName: unit.name,
        cycleName: cycle.name,
        scores,
      });
      return { unitId, totalLost, markdown };
    });
  }
}
