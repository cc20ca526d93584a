import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { FrameworkSummaryType } from '../framework-definition/framework-summary.types';

export class DiscardFrameworkDraftCommand extends Command<FrameworkSummaryType> {
  constructor(
    readonly ctx: RequestContext,
    readonly frameworkId: string,
  ) {
    super();
  }
}
