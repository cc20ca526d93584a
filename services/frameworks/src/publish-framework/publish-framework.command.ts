import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { FrameworkVersionType } from '../read-catalog/catalog.types';

export class PublishFrameworkCommand extends Command<FrameworkVersionType> {
  constructor(
    readonly ctx: RequestContext,
    readonly definition: string,
    readonly format: 'yaml' | 'json',
    readonly reason: string | null,
  ) {
    super();
  }
}
