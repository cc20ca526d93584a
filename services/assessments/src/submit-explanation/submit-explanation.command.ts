import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AssessmentType } from '../assessment-scores/assessment-scores.type';

export class SubmitExplanationCommand extends Command<AssessmentType> {
  constructor(
    readonly ctx: RequestContext,
    readonly input: {
      cycleId: string;
      unitId: string;
      code: string;
      text: string;
      evidenceSha256s?: string[] | null;
      expectedVersion?: number;
    },
  ) {
    super();
  }
}
