import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, RECORD_SELF_SCORE } from '@par/auth';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { RecordSelfScoresCommand } from './record-self-scores.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { resolveScoringTargets } from '../scoring-target/resolve-scoring-target';
import { resolveSelfAssessmentWindow } from '../self-assessment-window/resolve-self-assessment-window';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

/** Many self scores of one unit: one decision, one append to the unit's stream (all or nothing). */
@CommandHandler(RecordSelfScoresCommand)
export class RecordSelfScoresHandler implements ICommandHandler<RecordSelfScoresCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: RecordSelfScoresCommand) {
    assertAllowed(ctx, RECORD_SELF_SCORE, { unitId: input.unitId });
    const codes = input.items.map((i) => i.subCriterionCode);
    const { items } = await resolveScoringTargets(this.runtime.db, ctx, input.cycleId, input.unitId, codes);
    const now = this.runtime.now();
    const window = await this.runtime.db.withProvince(ctx.province, (tx) =>
      resolveSelfAssessmentWindow(tx, ctx.province, input.cycleId, now),
    );
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
      command: {
        type: 'RecordSelfScores',
        data: {
          cycleId: input.cycleId,
          unitId: input.unitId,
          window,
          items: input.items.map((i, n) => ({ ...i, item: items[n] })),
        },
      },
      ctx,
      now,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentScores(input.cycleId, input.unitId, version, state);
  }
}
