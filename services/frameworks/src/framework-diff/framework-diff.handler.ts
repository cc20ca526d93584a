import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { NotFoundError } from '@par/kernel';
import { diffFrameworks } from '@par/frameworks-domain';
import { FrameworkDiffQuery } from './framework-diff.query';
import type { FrameworkDiffType } from './framework-diff.types';
import { readFrameworkState } from '../framework-definition/framework-stream';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';

/** The difference between two published versions, from the framework's stream. */
@QueryHandler(FrameworkDiffQuery)
export class FrameworkDiffHandler implements IQueryHandler<FrameworkDiffQuery> {
  constructor(@Inject(FRAMEWORKS_STORE) private readonly store: EventStore) {}

  async execute({ ctx, frameworkId, fromVersion, toVersion }: FrameworkDiffQuery): Promise<FrameworkDiffType> {
    const { versions } = await readFrameworkState(this.store, ctx.province, frameworkId);
    const find = (v: number) => {
      const found = versions.find((x) => x.frameworkVersion === v);
      if (!found) {
        throw new NotFoundError(
          'UNKNOWN_FRAMEWORK_VERSION',
          `Không tìm thấy phiên bản ${v} của bộ tiêu chí "${frameworkId}".`,
          `Framework ${frameworkId} has no published version ${v}`,
        );
      }
      return found.content.definition;
    };
    return { frameworkId, fromVersion, toVersion, changes: diffFrameworks(find(fromVersion), find(toVersion)) };
  }
}
