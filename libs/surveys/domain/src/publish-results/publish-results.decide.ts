import type { CampaignCycleContext } from '../campaign/campaign.definition';
import type { CampaignEvent } from '../campaign/campaign.events';
import type { CampaignState } from '../campaign/campaign.state';
import { campaignNotFound, surveyError } from '../campaign/survey-errors';
import { aggregateResults } from '../aggregate/aggregate-results';

export interface PublishSurveyResults {
  type: 'PublishSurveyResults';
  data: { campaignId: string; cycle: CampaignCycleContext };
}

/** Publishes the aggregated results as the next result version; the same results again publish nothing. */
export function decidePublishResults(command: PublishSurveyResults, state: CampaignState): CampaignEvent[] {
  const def = state.definition;
  if (!def) throw campaignNotFound(command.data.campaignId);
  if (state.responses.size === 0) {
    throw surveyError(
      'NO_SURVEY_RESPONSES',
      'Đợt khảo sát chưa có câu trả lời nào để công bố.',
      `Campaign ${def.campaignId} has no responses`,
    );
  }
  const results = aggregateResults(def, command.data.cycle, state.responses);
  if (state.published && JSON.stringify(state.published.results) === JSON.stringify(results)) return [];
  return [
    {
      type: 'SurveyResultsPublished',
      data: { campaignId: def.campaignId, cycleId: def.cycleId, resultVersion: (state.published?.resultVersion ?? 0) + 1, results },
    },
  ];
}
