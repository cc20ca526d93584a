import type { Sql } from '@par/database';
import type { ProvinceId } from '@par/kernel';
import { findCycleSchedule } from '@par/frameworks-catalog';
import type { SelfAssessmentWindow } from '@par/assessments-domain';
import { ASSESSMENTS_SCHEMA } from '../assessments.tokens';

/**
 * The window a self-side command is decided in: the handler's clock (`runtime.now()`, never read in the decider)
 * and the SELF_ASSESSMENT phase's last day from the cycle's phases in the catalog (null: the cycle has no phases,
 * hence no deadline).
 */
export async function resolveSelfAssessmentWindow(
  tx: Sql,
  province: ProvinceId,
  cycleId: string,
  now: Date,
): Promise<SelfAssessmentWindow> {
  const schedule = await findCycleSchedule(tx, ASSESSMENTS_SCHEMA, province, cycleId);
  const phase = schedule.phases.find((p) => p.phase === 'SELF_ASSESSMENT');
  return { now: now.toISOString(), deadline: phase?.deadline ?? null };
}
