import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { SurveyCampaignType } from '../campaign-view/campaign-view.type';
import { CreateSurveyCampaignCommand } from './create-survey-campaign.command';

@InputType()
export class CreateSurveyCampaignInput {
  @Field(() => ID) campaignId!: string;
  @Field(() => ID) cycleId!: string;
  @Field({
    description:
      'JSON: { name, weighting?: "pooled"|"group-weights", scale: { levels: [{ value, label }], positive: [4, 5] }, groups: [{ code, name, quotaPerUnit, weight?, assesses?: [unitId] }], questions: [{ id, text, code, factor?, required? }] }',
  })
  definition!: string;
}

@Resolver()
export class CreateSurveyCampaignResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => SurveyCampaignType, { description: 'Tạo đợt khảo sát, kiểm tra theo bộ tiêu chí của kỳ đánh giá (survey_operator)' })
  createSurveyCampaign(@Ctx() ctx: RequestContext, @Args('input') input: CreateSurveyCampaignInput) {
    return this.commands.execute(new CreateSurveyCampaignCommand(ctx, input));
  }
}
