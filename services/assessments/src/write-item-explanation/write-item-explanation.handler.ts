import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, RECORD_SELF_SCORE } from '@par/auth';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { WriteItemExplanationCommand } from './write-item-explanation.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { resolveScoringTarget } from '../scoring-target/resolve-scoring-target';
import { resolveSelfAssessmentWindow } from '../self-assessment-window/resolve-self-assessment-window';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

/** The unit's written explanation for an item (required where the framework asks for evidence and none is attached). */
@CommandHandler(WriteItemExplanationCommand)
export class WriteItemExplanationHandler implements ICommandHandler<WriteItemExplanationCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: WriteItemExplanationCommand) {
    assertAllowed(ctx, RECORD_SELF_SCORE, { unitId: input.unitId });
    const { item } = await resolveScoringTarget(this.runtime.db, ctx, input.cycleId, input.unitId, input.code);
    const now = this.runtime.now();
    const window = await this.runtime.db.withProvince(ctx.province, (tx) =>
      resolveSelfAssessmentWindow(tx, ctx.province, input.cycleId, now),
    );
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
      command: {
        type: 'WriteItemExplanation',
        data: { cycleId: input.cycleId, unitId: input.unitId, subCriterionCode: input.code, explanation: input.explanation, item, window },
      },
      ctx,
      now,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentScores(input.cycleId, input.unitId, version, state);
  }
}
