import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, REOPEN_APPRAISAL } from '@par/auth';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { ReopenAppraisalCommand } from './reopen-appraisal.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { resolveAppraisalTarget } from '../appraisal-target/resolve-appraisal-target';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

@CommandHandler(ReopenAppraisalCommand)
export class ReopenAppraisalHandler implements ICommandHandler<ReopenAppraisalCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: ReopenAppraisalCommand) {
    assertAllowed(ctx, REOPEN_APPRAISAL, { unitId: input.unitId });
    const now = this.runtime.now();
    await resolveAppraisalTarget(this.runtime.db, ctx, input.cycleId, input.unitId, now); // UNKNOWN_CYCLE / UNKNOWN_UNIT
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
      command: {
        type: 'ReopenAppraisal',
        data: { cycleId: input.cycleId, unitId: input.unitId, reason: input.reason, now: now.toISOString() },
      },
      ctx,
      now,
      reason: input.reason?.trim() || null,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentScores(input.cycleId, input.unitId, version, state);
  }
}
