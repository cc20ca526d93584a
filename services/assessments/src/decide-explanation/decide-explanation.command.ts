import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AssessmentType } from '../assessment-scores/assessment-scores.type';

export class DecideExplanationCommand extends Command<AssessmentType> {
  constructor(
    readonly ctx: RequestContext,
    readonly input: {
      cycleId: string;
      unitId: string;
      code: string;
      outcome: 'kept' | 'changed';
      score?: number | null;
      subCriterionCode?: string | null;
      reason: string;
      expectedVersion?: number;
    },
  ) {
    super();
  }
}
