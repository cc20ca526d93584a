import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { SurveyProgressType } from './survey-progress.resolver';

export class SurveyProgressQuery extends Query<SurveyProgressType> {
  constructor(
    readonly ctx: RequestContext,
    readonly campaignId: string,
  ) {
    super();
  }
}
