import { leavesOf, type Framework } from '@par/scoring';
import type { ScoringItemV1 } from '@par/frameworks-contracts';

/** Flattens a validated framework into the scoring items other contexts score against. */
export function toScoringItems(fw: Framework): ScoringItemV1[] {
  return leavesOf(fw).map((leaf) => ({
    code: leaf.code,
    name: leaf.name,
    componentCode: leaf.componentCode,
    maxPoints: leaf.max,
    method: leaf.method === 'mixed' ? 'survey' : leaf.method,
    ...(leaf.rule.type === 'manual' && leaf.rule.step !== undefined && { step: leaf.rule.step }),
    departments: leaf.departments,
  }));
}
