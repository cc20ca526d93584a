import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { DecisionRef } from '@par/frameworks-domain';
import type { FrameworkVersionType } from '../read-catalog/catalog.types';

export class PublishFrameworkVersionCommand extends Command<FrameworkVersionType> {
  constructor(
    readonly ctx: RequestContext,
    readonly frameworkId: string,
    readonly decision: DecisionRef,
    /** A year (`2023`) or an ISO date; null: the definition's period. */
    readonly validFrom: string | null,
    readonly validTo: string | null,
  ) {
    super();
  }
}
