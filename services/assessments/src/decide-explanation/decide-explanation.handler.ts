import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, DECIDE_EXPLANATION } from '@par/auth';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { DecideExplanationCommand } from './decide-explanation.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { explainedNode, resolveAppraisalTarget } from '../appraisal-target/resolve-appraisal-target';
import { resolveAppraiser } from '../appraisal-target/resolve-appraiser';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

@CommandHandler(DecideExplanationCommand)
export class DecideExplanationHandler implements ICommandHandler<DecideExplanationCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: DecideExplanationCommand) {
    assertAllowed(ctx, DECIDE_EXPLANATION, { unitId: input.unitId });
    const now = this.runtime.now();
    const { items, clock } = await resolveAppraisalTarget(this.runtime.db, ctx, input.cycleId, input.unitId, now);
    const appraiser = await resolveAppraiser(this.store, ctx, input.cycleId, input.unitId);
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
      command: {
        type: 'DecideExplanation',
        data: {
          cycleId: input.cycleId,
          unitId: input.unitId,
          code: input.code,
          outcome: input.outcome,
          score: input.score ?? null,
          subCriterionCode: input.subCriterionCode ?? null,
          reason: input.reason,
          node: explainedNode(items, input.code),
          appraiser,
          clock,
        },
      },
      ctx,
      now,
      reason: input.reason?.trim() || null,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentScores(input.cycleId, input.unitId, version, state);
  }
}
