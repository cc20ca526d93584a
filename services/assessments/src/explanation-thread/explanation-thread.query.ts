import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { ExplanationThreadType } from '../assessment-scores/explanation-thread.type';

/** The explanation thread of one criterion of a unit, from the event store (who wrote each entry, when). */
export class ExplanationThreadQuery extends Query<ExplanationThreadType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly unitId: string,
    readonly code: string,
  ) {
    super();
  }
}
