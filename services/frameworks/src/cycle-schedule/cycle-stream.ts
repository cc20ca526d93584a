import { runDecision, type EventStore } from '@par/event-store';
import type { RequestContext } from '@par/kernel';
import { cycleDecider, cycleStreamId, type CycleCommand } from '@par/frameworks-domain';
import { FRAMEWORKS_SCHEMA_VERSIONS } from '../frameworks.tokens';
import { toPhaseView, type CycleScheduleType, CyclePhaseEnum } from './cycle-schedule.types';

/** Decides a schedule command on the cycle's stream; returns the schedule as it now stands. */
export async function runCycleScheduleDecision(
  store: EventStore,
  ctx: RequestContext,
  now: Date,
  command: CycleCommand,
  reason: string,
): Promise<CycleScheduleType> {
  const { state } = await runDecision({
    store,
    decider: cycleDecider,
    streamId: cycleStreamId(ctx.province, command.data.cycleId),
    command,
    ctx,
    now,
    reason,
    schemaVersions: FRAMEWORKS_SCHEMA_VERSIONS,
  });
  return {
    cycleId: command.data.cycleId,
    phases: state.phases.map(toPhaseView),
    currentPhase: state.currentPhase as CyclePhaseEnum | null,
  };
}
