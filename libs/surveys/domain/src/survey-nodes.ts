import { leavesOf, type Framework } from '@par/scoring';
import type { SurveyNode } from './campaign/campaign.definition';

/** Every scoring node of a framework definition with what a campaign needs: max, method, rule. */
export function surveyNodesOf(definition: Framework): SurveyNode[] {
  return leavesOf(definition).map((l) => ({ code: l.code, name: l.name, max: l.max, method: l.method, rule: l.rule }));
}
