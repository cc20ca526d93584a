import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { frameworkStreamId } from '@par/frameworks-domain';
import { ListFrameworksQuery } from './list-frameworks.query';
import { readFrameworkState } from '../framework-definition/framework-stream';
import { toFrameworkSummary, type FrameworkSummaryType } from '../framework-definition/framework-summary.types';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';

/** A province has a few frameworks: at most this many are listed. */
const MAX_FRAMEWORKS = 200;

/** The province's frameworks with their versions and open drafts, read from their streams (drafts are not published). */
@QueryHandler(ListFrameworksQuery)
export class ListFrameworksHandler implements IQueryHandler<ListFrameworksQuery> {
  constructor(@Inject(FRAMEWORKS_STORE) private readonly store: EventStore) {}

  async execute({ ctx }: ListFrameworksQuery): Promise<FrameworkSummaryType[]> {
    const prefix = frameworkStreamId(ctx.province, '');
    const streams = await this.store.listStreams(ctx.province, prefix, { limit: MAX_FRAMEWORKS });
    const out: FrameworkSummaryType[] = [];
    for (const s of streams) {
      const frameworkId = s.streamId.slice(prefix.length);
      out.push(toFrameworkSummary(frameworkId, await readFrameworkState(this.store, ctx.province, frameworkId)));
    }
    return out;
  }
}
