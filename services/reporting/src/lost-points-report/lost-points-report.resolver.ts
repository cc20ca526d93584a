import { Inject } from '@nestjs/common';
import { Args, Field, Float, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ForbiddenError, hasRole, NotFoundError, ValidationError, type RequestContext } from '@par/kernel';
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
    const ownUnit = hasRole(ctx, 'unit_officer') && ctx.actor.unitId === unitId;
    if (!ownUnit && !hasRole(ctx, 'auditor', 'appraiser', 'dha_admin')) {
      throw new ForbiddenError('The lost-points report requires auditor, appraiser, dha_admin or the unit itself');
    }
    return this.runtime.db.withProvince(ctx.province, async (tx) => {
      const cycle = await findCycle(tx, REPORTING_SCHEMA, ctx.province, cycleId);
      if (!cycle) {
        throw new NotFoundError(
          'UNKNOWN_CYCLE',
          `Không tìm thấy kỳ đánh giá "${cycleId}".`,
          `Cycle ${cycleId} not found in province ${ctx.province}`,
        );
      }
      const unit = await findUnit(tx, REPORTING_SCHEMA, ctx.province, unitId);
      if (!unit) {
        throw new NotFoundError(
          'UNKNOWN_UNIT',
          `Không tìm thấy đơn vị "${unitId}".`,
          `Unit ${unitId} not found in province ${ctx.province}`,
        );
      }
      if (unit.unitType !== cycle.unitType) {
        throw new ValidationError({
          code: 'UNIT_NOT_IN_CYCLE',
          messageVi: `Đơn vị "${unit.name}" không thuộc đối tượng của kỳ đánh giá "${cycle.name}".`,
          detail: `Unit type ${unit.unitType} differs from cycle unit type ${cycle.unitType}`,
        });
      }
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
