import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { SurveyResultsType } from '../survey-results/survey-results.types';

export class PublishSurveyResultsCommand extends Command<SurveyResultsType> {
  constructor(
    readonly ctx: RequestContext,
    readonly campaignId: string,
  ) {
    super();
  }
}
