import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ForbiddenError, hasRole } from '@par/kernel';
import { runDecision, type EventStore } from '@par/event-store';
import { assessmentDecider, assessmentStreamId } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { RecordSelfScoreCommand } from './record-self-score.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { resolveTarget } from '../assessment-view/resolve-target';
import { toAssessmentView } from '../assessment-view/to-assessment-view';

@CommandHandler(RecordSelfScoreCommand)
export class RecordSelfScoreHandler implements ICommandHandler<RecordSelfScoreCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: RecordSelfScoreCommand) {
    const ownUnit = hasRole(ctx, 'unit_officer') && ctx.actor.unitId === input.unitId;
    if (!ownUnit && !hasRole(ctx, 'dha_admin')) {
      throw new ForbiddenError(
        `Self scores are recorded by the unit's own officers (actor unit ${ctx.actor.unitId ?? 'none'}, target ${input.unitId})`,
        'Chỉ cán bộ của chính đơn vị mới được tự chấm điểm cho đơn vị.',
      );
    }
    const { item } = await resolveTarget(this.runtime.db, ctx, input.cycleId, input.unitId, input.subCriterionCode);
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
      command: { type: 'RecordSelfScore', data: { ...input, note: input.note ?? null, item } },
      ctx,
      now: this.runtime.now(),
      reason: input.note,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentView(input.cycleId, input.unitId, version, state);
  }
}
