import { Module } from '@nestjs/common';
import { SurveyCriteriaResolver } from './survey-criteria/survey-criteria.resolver';
import { CreateSurveyCampaignHandler } from './create-survey-campaign/create-survey-campaign.handler';
import { CreateSurveyCampaignResolver } from './create-survey-campaign/create-survey-campaign.resolver';
import { ImportSurveyResponsesHandler } from './import-survey-responses/import-survey-responses.handler';
import { ImportSurveyResponsesResolver } from './import-survey-responses/import-survey-responses.resolver';
import { IssueSurveyTokensHandler } from './issue-survey-tokens/issue-survey-tokens.handler';
import { IssueSurveyTokensResolver } from './issue-survey-tokens/issue-survey-tokens.resolver';
import { SurveyFormHandler } from './survey-form/survey-form.handler';
import { SurveyFormResolver } from './survey-form/survey-form.resolver';
import { AnswerSurveyHandler } from './answer-survey/answer-survey.handler';
import { AnswerSurveyResolver } from './answer-survey/answer-survey.resolver';
import { SurveyProgressHandler } from './survey-progress/survey-progress.handler';
import { SurveyProgressResolver } from './survey-progress/survey-progress.resolver';
import { PublishSurveyResultsHandler } from './publish-survey-results/publish-survey-results.handler';
import { PublishSurveyResultsResolver } from './publish-survey-results/publish-survey-results.resolver';
import { SurveyResultsHandler } from './survey-results/survey-results.handler';
import { SurveyResultsResolver } from './survey-results/survey-results.resolver';

/**
 * The surveys service: campaigns (XHH, SIPAS), imported and online responses (one-time tokens), results.
 * Runtime, GraphQL, event store (`EVENT_STORE`) and pipeline come from the service definition (`serviceModule`).
 */
@Module({
  providers: [
    SurveyCriteriaResolver,
    CreateSurveyCampaignHandler,
    CreateSurveyCampaignResolver,
    ImportSurveyResponsesHandler,
    ImportSurveyResponsesResolver,
    IssueSurveyTokensHandler,
    IssueSurveyTokensResolver,
    SurveyFormHandler,
    SurveyFormResolver,
    AnswerSurveyHandler,
    AnswerSurveyResolver,
    SurveyProgressHandler,
    SurveyProgressResolver,
    PublishSurveyResultsHandler,
    PublishSurveyResultsResolver,
    SurveyResultsHandler,
    SurveyResultsResolver,
  ],
})
export class SurveysModule {}
