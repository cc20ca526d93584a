import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, MARK_NOT_APPLICABLE } from '@par/auth';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { MarkNotApplicableCommand } from './mark-not-applicable.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { resolveApplicabilityTarget } from '../applicability-target/resolve-applicability-target';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

@CommandHandler(MarkNotApplicableCommand)
export class MarkNotApplicableHandler implements ICommandHandler<MarkNotApplicableCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: MarkNotApplicableCommand) {
    assertAllowed(ctx, MARK_NOT_APPLICABLE, { unitId: input.unitId });
    const { node } = await resolveApplicabilityTarget(this.runtime.db, ctx, input.cycleId, input.unitId, input.code);
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
      command: {
        type: 'MarkNotApplicable',
        data: { cycleId: input.cycleId, unitId: input.unitId, subCriterionCode: input.code, reason: input.reason, node },
      },
      ctx,
      now: this.runtime.now(),
      reason: input.reason,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentScores(input.cycleId, input.unitId, version, state);
  }
}
