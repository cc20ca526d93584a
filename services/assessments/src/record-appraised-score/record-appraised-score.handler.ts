import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, RECORD_APPRAISED_SCORE } from '@par/auth';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { RecordAppraisedScoreCommand } from './record-appraised-score.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { resolveScoringTarget } from '../scoring-target/resolve-scoring-target';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

@CommandHandler(RecordAppraisedScoreCommand)
export class RecordAppraisedScoreHandler implements ICommandHandler<RecordAppraisedScoreCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: RecordAppraisedScoreCommand) {
    assertAllowed(ctx, RECORD_APPRAISED_SCORE, { unitId: input.unitId });
    const { item } = await resolveScoringTarget(this.runtime.db, ctx, input.cycleId, input.unitId, input.subCriterionCode);
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
      command: { type: 'RecordAppraisedScore', data: { ...input, item } },
      ctx,
      now: this.runtime.now(),
      reason: input.reason,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentScores(input.cycleId, input.unitId, version, state);
  }
}
