import { Inject } from '@nestjs/common';
import { Args, Field, Float, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@par/kernel';
import { Ctx, SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { findCycle, findFramework } from '@par/frameworks-catalog';
import { SURVEYS_SCHEMA } from '../surveys.tokens';

@ObjectType('SurveyCriterion', { description: 'Tiêu chí đo bằng điều tra XHH hoặc khảo sát SIPAS' })
export class SurveyCriterionType {
  @Field() code!: string;
  @Field() name!: string;
  @Field() componentCode!: string;
  @Field(() => Float) maxPoints!: number;
  @Field({ description: 'survey | satisfaction' }) method!: string;
}

@Resolver()
export class SurveyCriteriaResolver {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @Query(() => [SurveyCriterionType], { description: 'Các tiêu chí của kỳ đánh giá được chấm bằng điều tra XHH / SIPAS' })
  surveyCriteria(@Ctx() ctx: RequestContext, @Args('cycleId', { type: () => ID }) cycleId: string): Promise<SurveyCriterionType[]> {
    return this.runtime.db.withProvince(ctx.province, async (tx) => {
      const cycle = await findCycle(tx, SURVEYS_SCHEMA, ctx.province, cycleId);
      const fw = cycle && (await findFramework(tx, SURVEYS_SCHEMA, ctx.province, cycle.frameworkId, cycle.frameworkVersion));
      return (fw?.items ?? [])
        .filter((i) => i.method === 'survey' || i.method === 'satisfaction')
        .map(({ code, name, componentCode, maxPoints, method }) => ({ code, name, componentCode, maxPoints, method }));
    });
  }
}
