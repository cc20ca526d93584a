import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { SurveyResultsType } from './survey-results.types';

export class SurveyResultsQuery extends Query<SurveyResultsType | null> {
  constructor(
    readonly ctx: RequestContext,
    readonly campaignId: string,
    readonly unitId: string | null,
  ) {
    super();
  }
}
