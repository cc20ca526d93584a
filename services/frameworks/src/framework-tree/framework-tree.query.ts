import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { FrameworkVersionType } from '../read-catalog/catalog.types';

/** One version's whole tree; `version` null: the open draft (version 0 in the result). */
export class FrameworkTreeQuery extends Query<FrameworkVersionType | null> {
  constructor(
    readonly ctx: RequestContext,
    readonly frameworkId: string,
    readonly version: number | null,
  ) {
    super();
  }
}
