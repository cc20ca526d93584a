import type { Decider } from '@par/kernel';
import type { CampaignEvent } from './campaign.events';
import { evolveCampaign, initialCampaignState, type CampaignState } from './campaign.state';
import { decideCreateCampaign, type CreateSurveyCampaign } from '../create-campaign/create-campaign.decide';
import { decideImportResponses, type ImportSurveyResponses } from '../import-responses/import-responses.decide';
import { decideIssueTokens, type IssueSurveyTokens } from '../issue-tokens/issue-tokens.decide';
import { decideAnswerSurvey, type AnswerSurvey } from '../answer-survey/answer-survey.decide';
import { decidePublishResults, type PublishSurveyResults } from '../publish-results/publish-results.decide';

export type CampaignCommand = CreateSurveyCampaign | ImportSurveyResponses | IssueSurveyTokens | AnswerSurvey | PublishSurveyResults;

export const campaignDecider: Decider<CampaignCommand, CampaignEvent, CampaignState> = {
  decide(command, state) {
    switch (command.type) {
      case 'CreateSurveyCampaign':
        return decideCreateCampaign(command, state);
      case 'ImportSurveyResponses':
        return decideImportResponses(command, state);
      case 'IssueSurveyTokens':
        return decideIssueTokens(command, state);
      case 'AnswerSurvey':
        return decideAnswerSurvey(command, state);
      case 'PublishSurveyResults':
        return decidePublishResults(command, state);
    }
  },
  evolve: evolveCampaign,
  initialState: initialCampaignState,
};
