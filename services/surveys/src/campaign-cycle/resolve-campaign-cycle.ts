import type { Database } from '@par/database';
import { findCycle, findFramework, listCycleUnits } from '@par/frameworks-catalog';
import { ValidationError, type ProvinceId } from '@par/kernel';
import type { Framework } from '@par/scoring';
import { surveyNodesOf, type CampaignCycleContext } from '@par/surveys-domain';
import { SURVEYS_SCHEMA } from '../surveys.tokens';

/** The cycle's pinned framework (every scoring node with its rule) and units, from the service's catalog. */
export async function resolveCampaignCycle(db: Database, province: ProvinceId, cycleId: string): Promise<CampaignCycleContext> {
  return db.withProvince(province, async (tx) => {
    const cycle = await findCycle(tx, SURVEYS_SCHEMA, province, cycleId);
    const fw = cycle && (await findFramework(tx, SURVEYS_SCHEMA, province, cycle.frameworkId, cycle.frameworkVersion));
    if (!cycle || !fw) {
      throw new ValidationError({
        code: 'UNKNOWN_CYCLE',
        messageVi: `Không tìm thấy kỳ đánh giá "${cycleId}".`,
        detail: `Cycle ${cycleId} (or its framework) not in the catalog`,
      });
    }
    const definition = fw.definition as Framework;
    const units = await listCycleUnits(tx, SURVEYS_SCHEMA, province, cycle);
    return {
      frameworkId: fw.frameworkId,
      frameworkVersion: fw.frameworkVersion,
      nodes: surveyNodesOf(definition),
      decimals: definition.rounding.decimals,
      roundingMode: definition.rounding.mode,
      unitIds: units.map((u) => u.unitId),
    };
  });
}
