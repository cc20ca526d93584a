import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AssessmentType } from '../assessment-scores/assessment-scores.type';

export class DetachEvidenceCommand extends Command<AssessmentType> {
  constructor(
    readonly ctx: RequestContext,
    readonly input: { cycleId: string; unitId: string; code: string; sha256: string; expectedVersion?: number },
  ) {
    super();
  }
}
