import type { EventStore } from '@par/event-store';
import { runDecision } from '@par/event-store';
import { assertAllowed, MARK_NOT_APPLICABLE } from '@par/auth';
import { assessmentDecider, assessmentStreamId, type ApplicabilityRef, type AssessmentCommand } from '@par/assessments-domain';
import type { RequestContext } from '@par/kernel';
import type { ServiceRuntime } from '@par/nest-platform';
import { resolveApplicabilityTarget } from './resolve-applicability-target';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

export interface ApplicabilityInput {
  cycleId: string;
  unitId: string;
  code: string;
  reason: string | null;
  expectedVersion?: number;
}

/**
 * Declaring a criterion not applicable to a unit, or withdrawing the declaration: the same policy, the same target
 * lookup (the pinned framework's node) and one decision on the unit's assessment stream.
 */
export async function decideApplicability(
  deps: { store: EventStore; runtime: ServiceRuntime },
  ctx: RequestContext,
  type: 'MarkNotApplicable' | 'ClearNotApplicable',
  input: ApplicabilityInput,
) {
  assertAllowed(ctx, MARK_NOT_APPLICABLE, { unitId: input.unitId });
  const { node } = await resolveApplicabilityTarget(deps.runtime.db, ctx, input.cycleId, input.unitId, input.code);
  const { version, state } = await runDecision({
    store: deps.store,
    decider: assessmentDecider,
    streamId: assessmentStreamId(ctx.province, input.cycleId, input.unitId),
    command: applicabilityCommand(type, { cycleId: input.cycleId, unitId: input.unitId, subCriterionCode: input.code, node }, input.reason),
    ctx,
    now: deps.runtime.now(),
    reason: input.reason,
    ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
  });
  return toAssessmentScores(input.cycleId, input.unitId, version, state);
}

function applicabilityCommand(
  type: 'MarkNotApplicable' | 'ClearNotApplicable',
  target: { cycleId: string; unitId: string; subCriterionCode: string; node: ApplicabilityRef | undefined },
  reason: string | null,
): AssessmentCommand {
  // a declaration needs its reason (the decider refuses an empty one with REASON_REQUIRED); a withdrawal may omit it
  return type === 'MarkNotApplicable' ? { type, data: { ...target, reason: reason ?? '' } } : { type, data: { ...target, reason } };
}
