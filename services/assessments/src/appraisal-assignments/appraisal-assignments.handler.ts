import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, READ_APPRAISAL_ASSIGNMENTS } from '@par/auth';
import { AppraisalAssignmentsQuery } from './appraisal-assignments.query';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { loadAssignments } from '../assignments/load-assignments';
import { toAssignmentsView, type AppraisalAssignmentsType } from '../assignments/assignments.type';

/** The cycle's assignments, folded from their stream (empty at version 0 before any). */
@QueryHandler(AppraisalAssignmentsQuery)
export class AppraisalAssignmentsHandler implements IQueryHandler<AppraisalAssignmentsQuery> {
  constructor(@Inject(ASSESSMENTS_STORE) private readonly store: EventStore) {}

  async execute({ ctx, cycleId }: AppraisalAssignmentsQuery): Promise<AppraisalAssignmentsType> {
    assertAllowed(ctx, READ_APPRAISAL_ASSIGNMENTS);
    const { state, version } = await loadAssignments(this.store, ctx.province, cycleId);
    return toAssignmentsView(cycleId, version, state);
  }
}
