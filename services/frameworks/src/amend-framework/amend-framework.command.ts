import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { DecisionRef } from '@par/frameworks-domain';
import type { FrameworkSummaryType } from '../framework-definition/framework-summary.types';

export class AmendFrameworkCommand extends Command<FrameworkSummaryType> {
  constructor(
    readonly ctx: RequestContext,
    readonly frameworkId: string,
    readonly fromVersion: number,
    readonly decision: DecisionRef,
    /** The amended definition; null: the draft starts as a copy of version `fromVersion`. */
    readonly definition: { text: string; format: 'yaml' | 'json' } | null,
  ) {
    super();
  }
}
