import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { FrameworkSummaryType } from '../framework-definition/framework-summary.types';

export class ListFrameworksQuery extends Query<FrameworkSummaryType[]> {
  constructor(readonly ctx: RequestContext) {
    super();
  }
}
