import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { SelfAssessmentViewQuery } from './self-assessment-view.query';
import { AssessmentItemType, CompletenessType } from './self-assessment-view.type';

/** `Assessment.items` and `Assessment.completeness`, on every Assessment (the read and each mutation's answer). */
@Resolver(() => AssessmentType)
export class SelfAssessmentViewResolver {
  constructor(private readonly queries: QueryBus) {}

  @ResolveField(() => [AssessmentItemType], {
    description: 'Từng tiêu chí đơn vị tự đánh giá theo bộ tiêu chí của kỳ: điểm hoặc số liệu, tài liệu kiểm chứng, giải trình, trạng thái',
  })
  async items(@Ctx() ctx: RequestContext, @Parent() a: AssessmentType) {
    return (await this.queries.execute(new SelfAssessmentViewQuery(ctx, a.cycleId, a.unitId, a.state))).items;
  }

  @ResolveField(() => CompletenessType, {
    description: 'Số tiêu chí đã chấm / tổng số áp dụng, tiêu chí thiếu tài liệu kiểm chứng, hạn cuối',
  })
  async completeness(@Ctx() ctx: RequestContext, @Parent() a: AssessmentType) {
    return (await this.queries.execute(new SelfAssessmentViewQuery(ctx, a.cycleId, a.unitId, a.state))).completeness;
  }
}
