import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, SUBMIT_EXPLANATION } from '@par/auth';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { SubmitExplanationCommand } from './submit-explanation.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { explainedNode, resolveAppraisalTarget } from '../appraisal-target/resolve-appraisal-target';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

@CommandHandler(SubmitExplanationCommand)
export class SubmitExplanationHandler implements ICommandHandler<SubmitExplanationCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: SubmitExplanationCommand) {
    assertAllowed(ctx, SUBMIT_EXPLANATION, { unitId: input.unitId });
    const now = this.runtime.now();
    const { items, clock } = await resolveAppraisalTarget(this.runtime.db, ctx, input.cycleId, input.unitId, now);
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
      command: {
        type: 'SubmitExplanation',
        data: {
          cycleId: input.cycleId,
          unitId: input.unitId,
          code: input.code,
          text: input.text,
          evidenceSha256s: input.evidenceSha256s ?? [],
          node: explainedNode(items, input.code),
          clock,
        },
      },
      ctx,
      now,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentScores(input.cycleId, input.unitId, version, state);
  }
}
