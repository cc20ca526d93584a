import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AssessmentType } from '../assessment-scores/assessment-scores.type';

export class ReopenAppraisalCommand extends Command<AssessmentType> {
  constructor(
    readonly ctx: RequestContext,
    readonly input: { cycleId: string; unitId: string; reason: string; expectedVersion?: number },
  ) {
    super();
  }
}
