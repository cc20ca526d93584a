import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, REOPEN_SELF_ASSESSMENT } from '@par/auth';
import { findCycleUnit } from '@par/frameworks-catalog';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { ReopenSelfAssessmentCommand } from './reopen-self-assessment.command';
import { ASSESSMENTS_SCHEMA, ASSESSMENTS_STORE } from '../assessments.tokens';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

/** The DHA unlocks a submitted self-assessment, with a reason. */
@CommandHandler(ReopenSelfAssessmentCommand)
export class ReopenSelfAssessmentHandler implements ICommandHandler<ReopenSelfAssessmentCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: ReopenSelfAssessmentCommand) {
    assertAllowed(ctx, REOPEN_SELF_ASSESSMENT, { unitId: input.unitId });
    await this.runtime.db.withProvince(ctx.province, (tx) =>
      findCycleUnit(tx, ASSESSMENTS_SCHEMA, ctx.province, input.cycleId, input.unitId),
    );
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
      command: { type: 'ReopenSelfAssessment', data: { cycleId: input.cycleId, unitId: input.unitId, reason: input.reason } },
      ctx,
      now: this.runtime.now(),
      reason: input.reason,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentScores(input.cycleId, input.unitId, version, state);
  }
}
