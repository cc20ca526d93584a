import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { SurveyProgressQuery } from './survey-progress.query';

@ObjectType('SurveyProgressRow')
export class SurveyProgressRowType {
  @Field(() => ID) unitId!: string;
  @Field() group!: string;
  @Field(() => Int) responses!: number;
  @Field(() => Int) quota!: number;
}

@ObjectType('SurveyProgress', { description: 'Tiến độ thu phiếu: số phiếu theo đơn vị và nhóm so với chỉ tiêu' })
export class SurveyProgressType {
  @Field(() => ID) campaignId!: string;
  @Field(() => Int) responses!: number;
  @Field(() => Int) quota!: number;
  @Field(() => Int, { description: 'Số đơn vị còn thiếu phiếu ở ít nhất một nhóm' }) unitsBelowQuota!: number;
  @Field(() => Int, { nullable: true, description: 'Phiên bản kết quả đã công bố gần nhất' }) publishedVersion!: number | null;
  @Field(() => [SurveyProgressRowType]) rows!: SurveyProgressRowType[];
}

@Resolver()
export class SurveyProgressResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => SurveyProgressType, { description: 'Tiến độ thu phiếu của đợt khảo sát (trước khi công bố)' })
  surveyProgress(@Ctx() ctx: RequestContext, @Args('campaignId', { type: () => ID }) campaignId: string) {
    return this.queries.execute(new SurveyProgressQuery(ctx, campaignId));
  }
}
