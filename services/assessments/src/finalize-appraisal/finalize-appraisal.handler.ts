import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, FINALIZE_APPRAISAL } from '@par/auth';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { FinalizeAppraisalCommand } from './finalize-appraisal.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { appraisableCodes, resolveAppraisalTarget } from '../appraisal-target/resolve-appraisal-target';
import { resolveAppraiser } from '../appraisal-target/resolve-appraiser';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

@CommandHandler(FinalizeAppraisalCommand)
export class FinalizeAppraisalHandler implements ICommandHandler<FinalizeAppraisalCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: FinalizeAppraisalCommand) {
    assertAllowed(ctx, FINALIZE_APPRAISAL, { unitId: input.unitId });
    const now = this.runtime.now();
    const { items, clock } = await resolveAppraisalTarget(this.runtime.db, ctx, input.cycleId, input.unitId, now);
    const appraiser = await resolveAppraiser(this.store, ctx, input.cycleId, input.unitId);
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
      command: {
        type: 'FinalizeAppraisal',
        data: { cycleId: input.cycleId, unitId: input.unitId, appraisableCodes: appraisableCodes(items), appraiser, clock },
      },
      ctx,
      now,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentScores(input.cycleId, input.unitId, version, state);
  }
}
