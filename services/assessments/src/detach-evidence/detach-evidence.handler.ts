import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, RECORD_SELF_SCORE } from '@par/auth';
import { findCycleUnit } from '@par/frameworks-catalog';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { DetachEvidenceCommand } from './detach-evidence.command';
import { ASSESSMENTS_SCHEMA, ASSESSMENTS_STORE } from '../assessments.tokens';
import { resolveSelfAssessmentWindow } from '../self-assessment-window/resolve-self-assessment-window';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

/** The unit removes an evidence document from an item (before submission and the deadline). */
@CommandHandler(DetachEvidenceCommand)
export class DetachEvidenceHandler implements ICommandHandler<DetachEvidenceCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: DetachEvidenceCommand) {
    assertAllowed(ctx, RECORD_SELF_SCORE, { unitId: input.unitId });
    const now = this.runtime.now();
    const window = await this.runtime.db.withProvince(ctx.province, async (tx) => {
      await findCycleUnit(tx, ASSESSMENTS_SCHEMA, ctx.province, input.cycleId, input.unitId);
      return resolveSelfAssessmentWindow(tx, ctx.province, input.cycleId, now);
    });
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
      command: {
        type: 'DetachEvidence',
        data: { cycleId: input.cycleId, unitId: input.unitId, subCriterionCode: input.code, sha256: input.sha256.toLowerCase(), window },
      },
      ctx,
      now,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentScores(input.cycleId, input.unitId, version, state);
  }
}
