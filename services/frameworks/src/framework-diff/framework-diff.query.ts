import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { FrameworkDiffType } from './framework-diff.types';

export class FrameworkDiffQuery extends Query<FrameworkDiffType> {
  constructor(
    readonly ctx: RequestContext,
    readonly frameworkId: string,
    readonly fromVersion: number,
    readonly toVersion: number,
  ) {
    super();
  }
}
