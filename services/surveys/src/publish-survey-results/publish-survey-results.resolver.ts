import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { SurveyResultsType } from '../survey-results/survey-results.types';
import { PublishSurveyResultsCommand } from './publish-survey-results.command';

@Resolver()
export class PublishSurveyResultsResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => SurveyResultsType, {
    description: 'Tổng hợp và công bố kết quả khảo sát theo đơn vị; xếp hạng nhận điểm khảo sát (survey_operator)',
  })
  publishSurveyResults(@Ctx() ctx: RequestContext, @Args('campaignId', { type: () => ID }) campaignId: string) {
    return this.commands.execute(new PublishSurveyResultsCommand(ctx, campaignId));
  }
}
