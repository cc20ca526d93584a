import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AssessmentType } from '../assessment-scores/assessment-scores.type';

export class FinalizeAppraisalCommand extends Command<AssessmentType> {
  constructor(
    readonly ctx: RequestContext,
    readonly input: { cycleId: string; unitId: string; expectedVersion?: number },
  ) {
    super();
  }
}
