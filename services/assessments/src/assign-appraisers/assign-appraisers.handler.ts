import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, ASSIGN_APPRAISERS } from '@par/auth';
import { appraisalAssignmentsDecider, appraisalAssignmentsStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { AssignAppraisersCommand } from './assign-appraisers.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { cycleUnitIds } from '../assignments/cycle-unit-ids';
import { toAssignmentsView } from '../assignments/assignments.type';

@CommandHandler(AssignAppraisersCommand)
export class AssignAppraisersHandler implements ICommandHandler<AssignAppraisersCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: AssignAppraisersCommand) {
    assertAllowed(ctx, ASSIGN_APPRAISERS);
    const units = await cycleUnitIds(this.runtime.db, ctx, input.cycleId);
    const { version, state } = await runDecision({
      store: this.store,
      decider: appraisalAssignmentsDecider,
      streamId: appraisalAssignmentsStreamId(ctx.province, input.cycleId),
      command: {
        type: 'AssignAppraisers',
        data: {
          cycleId: input.cycleId,
          unitIds: input.unitIds,
          appraiserIds: input.appraiserIds,
          teamName: input.teamName ?? null,
          cycleUnitIds: units,
        },
      },
      ctx,
      now: this.runtime.now(),
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssignmentsView(input.cycleId, version, state);
  }
}
