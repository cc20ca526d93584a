import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, RECORD_APPRAISED_SCORE } from '@par/auth';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { RecordAppraisedScoreCommand } from './record-appraised-score.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { resolveAppraisalTarget } from '../appraisal-target/resolve-appraisal-target';
import { resolveAppraiser } from '../appraisal-target/resolve-appraiser';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

@CommandHandler(RecordAppraisedScoreCommand)
export class RecordAppraisedScoreHandler implements ICommandHandler<RecordAppraisedScoreCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: RecordAppraisedScoreCommand) {
    assertAllowed(ctx, RECORD_APPRAISED_SCORE, { unitId: input.unitId });
    const now = this.runtime.now();
    const { items, clock } = await resolveAppraisalTarget(this.runtime.db, ctx, input.cycleId, input.unitId, now);
    const appraiser = await resolveAppraiser(this.store, ctx, input.cycleId, input.unitId);
    const item = items.find((i) => i.code === input.subCriterionCode);
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
      command: { type: 'RecordAppraisedScore', data: { ...input, reason: input.reason ?? null, item, appraiser, clock } },
      ctx,
      now,
      reason: input.reason?.trim() || null,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentScores(input.cycleId, input.unitId, version, state);
  }
}
