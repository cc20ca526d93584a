import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { AppraisalAssignmentsType } from '../assignments/assignments.type';

export class UnassignAppraisersCommand extends Command<AppraisalAssignmentsType> {
  constructor(
    readonly ctx: RequestContext,
    readonly input: { cycleId: string; unitIds: string[]; appraiserIds: string[]; reason?: string | null; expectedVersion?: number },
  ) {
    super();
  }
}
