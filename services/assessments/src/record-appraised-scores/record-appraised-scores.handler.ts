import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, RECORD_APPRAISED_SCORE } from '@par/auth';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { RecordAppraisedScoresCommand } from './record-appraised-scores.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { resolveAppraisalTarget } from '../appraisal-target/resolve-appraisal-target';
import { resolveAppraiser } from '../appraisal-target/resolve-appraiser';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

/** Many appraised scores of one unit: one decision, one append to the unit's stream (all or nothing). */
@CommandHandler(RecordAppraisedScoresCommand)
export class RecordAppraisedScoresHandler implements ICommandHandler<RecordAppraisedScoresCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: RecordAppraisedScoresCommand) {
    assertAllowed(ctx, RECORD_APPRAISED_SCORE, { unitId: input.unitId });
    const now = this.runtime.now();
    const { items, clock } = await resolveAppraisalTarget(this.runtime.db, ctx, input.cycleId, input.unitId, now);
    const appraiser = await resolveAppraiser(this.store, ctx, input.cycleId, input.unitId);
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
      command: {
        type: 'RecordAppraisedScores',
        data: {
          cycleId: input.cycleId,
          unitId: input.unitId,
          appraiser,
          clock,
          items: input.items.map((i) => ({ ...i, item: items.find((f) => f.code === i.subCriterionCode) })),
        },
      },
      ctx,
      now,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentScores(input.cycleId, input.unitId, version, state);
  }
}
