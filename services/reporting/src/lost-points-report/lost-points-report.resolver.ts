import { Inject } from '@nestjs/common';
import { Args, Field, Float, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { NotFoundError, type RequestContext } from '@par/kernel';
import { Ctx, SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { findCycle, findFramework, findUnit } from '@par/frameworks-catalog';
import { REPORTING_SCHEMA } from '../reporting.tokens';
import type { Framework } from '@par/scoring';
import { renderLostPoints } from './render-lost-points';

@ObjectType('LostPointsReport')
export class LostPointsReportType {
  @Field(() => ID) unitId!: string;
  @Field(() => Float) totalLost!: number;
  @Field({ description: 'Báo cáo (Markdown, tiếng Việt)' }) markdown!: string;
}

@Resolver()
export class LostPointsReportResolver {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @Query(() => LostPointsReportType, { description: 'Báo cáo các tiêu chí bị mất điểm của một đơn vị, kèm lý do thẩm định' })
  lostPointsReport(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('unitId', { type: () => ID }) unitId: string,
  ): Promise<LostPointsReportType> {
    return this.runtime.db.withProvince(ctx.province, async (tx) => {
      const cycle = await findCycle(tx, REPORTING_SCHEMA, cycleId);
      const unit = await findUnit(tx, REPORTING_SCHEMA, unitId);
      const fw = cycle && (await findFramework(tx, REPORTING_SCHEMA, cycle.frameworkId, cycle.frameworkVersion));
      if (!cycle || !unit || !fw) {
        throw new NotFoundError(
          'REPORT_SOURCE_MISSING',
          'Chưa có đủ dữ liệu để lập báo cáo.',
          `Cycle ${cycleId} or unit ${unitId} unknown here`,
        );
      }
      const { rows } = await tx.query<{ code: string; score: string | null; reason: string | null }>(
        `SELECT code, COALESCE(appraised_score, self_score)::text AS score, appraisal_reason AS reason
           FROM ${REPORTING_SCHEMA}.scores WHERE cycle_id = $1 AND unit_id = $2`,
        [cycleId, unitId],
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
