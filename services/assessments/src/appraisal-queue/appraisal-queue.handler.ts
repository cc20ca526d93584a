import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, READ_APPRAISAL_QUEUE } from '@par/auth';
import { unitsAssignedTo } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { AppraisalQueueQuery } from './appraisal-queue.query';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { loadAssignments } from '../assignments/load-assignments';
import { cycleProgress } from '../unit-progress/cycle-progress';
import type { UnitProgressStatus, UnitProgressType } from '../unit-progress/unit-progress.type';

/** Units assigned to the acting appraiser (assignment stream), with their progress (read model `unit_progress`). */
@QueryHandler(AppraisalQueueQuery)
export class AppraisalQueueHandler implements IQueryHandler<AppraisalQueueQuery> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, cycleId }: AppraisalQueueQuery): Promise<UnitProgressType[]> {
    assertAllowed(ctx, READ_APPRAISAL_QUEUE);
    const { state } = await loadAssignments(this.store, ctx.province, cycleId);
    const mine = unitsAssignedTo(state, ctx.actor.id);
    const units = mine.length === 0 ? [] : await cycleProgress(this.runtime.db, ctx, cycleId, mine);
    return units.map((u) => ({ ...u, status: u.status as UnitProgressStatus }));
  }
}
