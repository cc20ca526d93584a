import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { ScoreChangeType } from './score-change.type';

export class ScoreHistoryQuery extends Query<ScoreChangeType[]> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly unitId: string,
    readonly subCriterionCode: string | null,
    /** ISO time as sent by the client: the history as it stood then; null for now. */
    readonly asOf: string | null,
  ) {
    super();
  }
}
