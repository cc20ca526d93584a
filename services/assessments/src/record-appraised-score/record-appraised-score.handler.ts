import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ForbiddenError, hasRole } from '@par/kernel';
import { runDecision, type EventStore } from '@par/event-store';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { RecordAppraisedScoreCommand } from './record-appraised-score.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { resolveTarget } from '../assessment-view/resolve-target';
import { toAssessmentView } from '../assessment-view/to-assessment-view';

@CommandHandler(RecordAppraisedScoreCommand)
export class RecordAppraisedScoreHandler implements ICommandHandler<RecordAppraisedScoreCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: RecordAppraisedScoreCommand) {
    if (!hasRole(ctx, 'appraiser')) {
      throw new ForbiddenError('Appraised scores require role appraiser', 'Chỉ thành viên Tổ/Hội đồng thẩm định mới được thẩm định điểm.');
    }
    const { item } = await resolveTarget(this.runtime.db, ctx, input.cycleId, input.unitId, input.subCriterionCode);
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
    return toAssessmentView(input.cycleId, input.unitId, version, state);
  }
}
