import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AssessmentType } from '../assessment-scores/assessment-scores.type';

/** A unit's assessment as it stood at a moment (the folded state of the events recorded by then). */
export class AssessmentAsOfQuery extends Query<AssessmentType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly unitId: string,
    readonly asOf: string,
  ) {
    super();
  }
}

/** Every unit's assessment in a cycle as it stood at a moment (units with nothing recorded by then are left out). */
export class CycleScoresAsOfQuery extends Query<AssessmentType[]> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly asOf: string,
  ) {
    super();
  }
}
