import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { SelfFigures } from '@par/assessments-domain';
import type { AssessmentType } from '../assessment-scores/assessment-scores.type';

export interface SelfScoreItemInput {
  subCriterionCode: string;
  score: number | null;
  figures: SelfFigures | null;
  note: string | null;
}

export class RecordSelfScoresCommand extends Command<AssessmentType> {
  constructor(
    readonly ctx: RequestContext,
    readonly input: { cycleId: string; unitId: string; items: SelfScoreItemInput[]; expectedVersion?: number },
  ) {
    super();
  }
}
