import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AssessmentType } from '../assessment-scores/assessment-scores.type';

export interface AppraisedScoreItemInput {
  subCriterionCode: string;
  score: number;
  reason: string | null;
}

export class RecordAppraisedScoresCommand extends Command<AssessmentType> {
  constructor(
    readonly ctx: RequestContext,
    readonly input: { cycleId: string; unitId: string; items: AppraisedScoreItemInput[]; expectedVersion?: number },
  ) {
    super();
  }
}
