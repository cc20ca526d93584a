import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { ScoreChangeType } from '../assessment-view/assessment.types';

export class ScoreHistoryQuery extends Query<ScoreChangeType[]> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly unitId: string,
    readonly subCriterionCode: string | null,
    readonly asOf: Date | null,
  ) {
    super();
  }
}
