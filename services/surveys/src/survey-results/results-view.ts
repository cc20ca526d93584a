import { roundTo } from '@par/scoring';
import { sipasOf, type CampaignState, type SurveyNode } from '@par/surveys-domain';
import type { SurveyResultsType } from './survey-results.types';

/** The last published results of a campaign as returned (one unit or all), with SIPAS per unit; null before publication. */
export function resultsView(state: CampaignState, nodes: readonly SurveyNode[], unitId: string | null): SurveyResultsType | null {
  const p = state.published;
  if (!p) return null;
  const max = new Map(nodes.map((n) => [n.code, n.max]));
  return {
    campaignId: p.campaignId,
    cycleId: p.cycleId,
    resultVersion: p.resultVersion,
    units: p.results
      .filter((u) => unitId === null || u.unitId === unitId)
      .map((u) => {
        const sipas = sipasOf(u.items);
        return {
          unitId: u.unitId,
          items: u.items.map((i) => ({ ...i, maxPoints: max.get(i.code) ?? 0 })),
          sipasFactors: sipas.factors,
          sipasIndex: sipas.index,
          totalPoints: roundTo(
            u.items.reduce((s, i) => s + i.points, 0),
            6,
          ),
        };
      }),
  };
}
