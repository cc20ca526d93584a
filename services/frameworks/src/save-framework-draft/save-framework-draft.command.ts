import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { FrameworkSummaryType } from '../framework-definition/framework-summary.types';

export class SaveFrameworkDraftCommand extends Command<FrameworkSummaryType> {
  constructor(
    readonly ctx: RequestContext,
    readonly definition: string,
    readonly format: 'yaml' | 'json',
  ) {
    super();
  }
}
