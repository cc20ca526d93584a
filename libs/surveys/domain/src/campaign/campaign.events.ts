import type { CampaignDefinition, SipasFactor } from './campaign.definition';

/**
 * Internal events of a survey campaign (one stream per province and campaign). Responses are carried in batches:
 * one import is one append of `SurveyResponsesImported` events of at most RESPONSE_BATCH_SIZE changed rows each
 * (ADR 0020), never one event per response.
 */
export interface SurveyCampaignCreated {
  type: 'SurveyCampaignCreated';
  data: { definition: CampaignDefinition; frameworkId: string; frameworkVersion: number };
}

/** A response: [respondentId, group, unitId, answers in the order of the questions (null = not answered)]. */
export type ResponseRow = [respondentId: string, group: string, unitId: string, answers: (number | null)[]];

export interface SurveyResponsesImported {
  type: 'SurveyResponsesImported';
  data: {
    campaignId: string;
    importId: string;
    fileName: string;
    /** Part `part` of `parts` of one import (one append). */
    part: number;
    parts: number;
    /** New or changed responses only (a row equal to the stored one is not repeated). */
    rows: ResponseRow[];
    /** Rows of the file equal to the stored responses (counted on the first part only). */
    unchanged: number;
  };
}

export interface SurveyTokensIssued {
  type: 'SurveyTokensIssued';
  data: {
    campaignId: string;
    group: string;
    expiresAt: string;
    /** SHA-256 (hex) of each token's secret: the secret itself is never stored. */
    tokens: { hash: string; respondentId: string; unitId: string }[];
  };
}

/** An online answer given with a one-time token (the token is used up). */
export interface SurveyAnswered {
  type: 'SurveyAnswered';
  data: { campaignId: string; tokenHash: string; row: ResponseRow };
}

export interface SurveyItemResult {
  code: string;
  factor: SipasFactor | null;
  rate: number;
  points: number;
  responses: number;
}

export interface SurveyResultsPublished {
  type: 'SurveyResultsPublished';
  data: {
    campaignId: string;
    cycleId: string;
    resultVersion: number;
    results: { unitId: string; items: SurveyItemResult[] }[];
  };
}

export type CampaignEvent = SurveyCampaignCreated | SurveyResponsesImported | SurveyTokensIssued | SurveyAnswered | SurveyResultsPublished;

export const campaignStreamId = (province: string, campaignId: string) => `survey-campaign:${province}:${campaignId}`;

/** Changed rows per `SurveyResponsesImported` event (one import is one append of ceil(rows / size) events). */
export const RESPONSE_BATCH_SIZE = 20_000;
