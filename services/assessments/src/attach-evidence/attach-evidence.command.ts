import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { FileUpload } from '@par/nest-platform';
import type { AssessmentType } from '../assessment-scores/assessment-scores.type';

export class AttachEvidenceCommand extends Command<AssessmentType> {
  constructor(
    readonly ctx: RequestContext,
    readonly input: { cycleId: string; unitId: string; code: string; expectedVersion?: number },
    readonly file: Promise<FileUpload>,
  ) {
    super();
  }
}
