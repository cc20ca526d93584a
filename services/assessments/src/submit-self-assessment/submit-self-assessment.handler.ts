import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, SUBMIT_SELF_ASSESSMENT } from '@par/auth';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { SubmitSelfAssessmentCommand } from './submit-self-assessment.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { resolveSelfAssessment } from '../self-assessment-window/resolve-self-assessment';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

/** The unit's officer (or the DHA) sends the self-assessment to appraisal: complete, before the deadline. */
@CommandHandler(SubmitSelfAssessmentCommand)
export class SubmitSelfAssessmentHandler implements ICommandHandler<SubmitSelfAssessmentCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: SubmitSelfAssessmentCommand) {
    assertAllowed(ctx, SUBMIT_SELF_ASSESSMENT, { unitId: input.unitId });
    const now = this.runtime.now();
    const { items, window } = await resolveSelfAssessment(this.runtime.db, ctx, input.cycleId, input.unitId, now);
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
      command: { type: 'SubmitSelfAssessment', data: { cycleId: input.cycleId, unitId: input.unitId, window, items } },
      ctx,
      now,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentScores(input.cycleId, input.unitId, version, state);
  }
}
