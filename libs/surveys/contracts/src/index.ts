/**
 * Published, versioned contracts of the `surveys` context (topic `par.surveys.v1`). Plain data, no Nest.
 * A v1 consumer switches on `type` and ignores types it does not know.
 */
export const SURVEYS_TOPIC = 'par.surveys.v1';

/** One unit's result on one survey-measured scoring node of the cycle's framework. */
export interface SurveyUnitResultV1 {
  unitId: string;
  /** The framework's survey- or satisfaction-measured scoring node (sub-criterion, or criterion carrying points). */
  code: string;
  /** Share of positive (satisfied) answers, 0..1, weighted by respondent group where the campaign says so. */
  rate: number;
  /** Points by the node's scoring rule (rate × max, or its bands), rounded as the framework rounds. */
  points: number;
  /** Responses that answered at least one question of the node. */
  responses: number;
}

/**
 * A campaign's results, published by the survey operator: every unit of the campaign on every node its
 * questionnaire measures. `resultVersion` grows with each publication; a later version replaces an earlier one.
 */
export interface SurveyResultsPublishedV1 {
  type: 'SurveyResultsPublished';
  version: 1;
  eventId: string;
  province: string;
  cycleId: string;
  campaignId: string;
  resultVersion: number;
  results: SurveyUnitResultV1[];
  actor: { id: string; name: string | null; roles: string[] };
  occurredAt: string;
  streamVersion: number;
}

/**
 * One-time tokens issued for online answers: only their SHA-256 hashes (never the secrets), with what each
 * token may answer. The surveys service projects them into its token lookup.
 */
export interface SurveyTokensIssuedV1 {
  type: 'SurveyTokensIssued';
  version: 1;
  eventId: string;
  province: string;
  campaignId: string;
  group: string;
  expiresAt: string;
  tokens: { hash: string; respondentId: string; unitId: string }[];
  occurredAt: string;
  streamVersion: number;
}

export type SurveysEventV1 = SurveyResultsPublishedV1 | SurveyTokensIssuedV1;
export * from './surveys.schemas';
