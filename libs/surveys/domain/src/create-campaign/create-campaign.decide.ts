import type { CampaignCycleContext, CampaignDefinition } from '../campaign/campaign.definition';
import type { CampaignEvent } from '../campaign/campaign.events';
import type { CampaignState } from '../campaign/campaign.state';
import { problemsError, surveyError } from '../campaign/survey-errors';
import { checkDefinition } from './check-definition';

export interface CreateSurveyCampaign {
  type: 'CreateSurveyCampaign';
  data: { definition: CampaignDefinition; cycle: CampaignCycleContext };
}

/** A campaign is created once, with a definition valid against the cycle's pinned framework; the same one again changes nothing. */
export function decideCreateCampaign(command: CreateSurveyCampaign, state: CampaignState): CampaignEvent[] {
  const { definition, cycle } = command.data;
  if (state.definition) {
    if (JSON.stringify(state.definition) === JSON.stringify(definition)) return [];
    throw surveyError(
      'SURVEY_CAMPAIGN_EXISTS',
      `Đợt khảo sát "${definition.campaignId}" đã tồn tại với nội dung khác.`,
      `Campaign ${definition.campaignId} already exists with another definition`,
    );
  }
  const problems = checkDefinition(definition, cycle);
  if (problems.length) throw problemsError(problems);
  return [
    { type: 'SurveyCampaignCreated', data: { definition, frameworkId: cycle.frameworkId, frameworkVersion: cycle.frameworkVersion } },
  ];
}
