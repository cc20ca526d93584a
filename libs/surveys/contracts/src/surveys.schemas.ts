import type { JSONSchemaType } from 'ajv';
// type-only: index.ts re-exports this file, so a value import would be a cycle
import type { SURVEYS_TOPIC, SurveyResultsPublishedV1, SurveyTokensIssuedV1, SurveyUnitResultV1 } from './index';

/**
 * JSON Schemas of `par.surveys.v1` (ADR 0025): the source of truth, typed with ajv's `JSONSchemaType<Contract>` so
 * that `tsc` refuses a schema whose properties do not match its TypeScript contract. Exported to
 * docs/integrators/schemas/ and the AsyncAPI document by `npm run docs:asyncapi`. A new message: its schema here and
 * one entry in `SURVEYS_CONTRACTS.messages`. Responses are never published.
 */
const actor = {
  type: 'object',
  description: 'Who acted: token subject, display name, roles.',
  properties: {
    id: { type: 'string' },
    name: { anyOf: [{ type: 'string' }, { type: 'null', nullable: true }] },
    roles: { type: 'array', items: { type: 'string' } },
  },
  required: ['id', 'name', 'roles'],
  additionalProperties: false,
} as const;

const envelope = {
  version: { type: 'integer', const: 1 },
  eventId: { type: 'string', description: 'Unique id of the event (also the `event-id` header); deduplicate on it.' },
  province: { type: 'string', description: 'The province (tenant), e.g. `bac-kan`; also the `province` header.' },
  campaignId: { type: 'string', description: 'The survey campaign (đợt khảo sát).' },
  occurredAt: { type: 'string', format: 'date-time' },
  streamVersion: { type: 'integer', minimum: 1, description: "Position in the campaign's stream (1, 2, …)." },
} as const;

const unitResult: JSONSchemaType<SurveyUnitResultV1> = {
  type: 'object',
  description: "One unit's result on one survey-measured scoring node of the cycle's framework.",
  properties: {
    unitId: { type: 'string' },
    code: {
      type: 'string',
      description: "The framework's survey- or satisfaction-measured scoring node (sub-criterion, or criterion carrying points).",
    },
    rate: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'Share of positive (satisfied) answers, 0..1, weighted by respondent group where the campaign says so.',
    },
    points: {
      type: 'number',
      minimum: 0,
      description: "Points by the node's scoring rule (rate × max, or its bands), rounded as the framework rounds.",
    },
    responses: { type: 'integer', minimum: 0, description: 'Responses that answered at least one question of the node.' },
  },
  required: ['unitId', 'code', 'rate', 'points', 'responses'],
  additionalProperties: false,
};

export const surveyResultsPublishedV1Schema: JSONSchemaType<SurveyResultsPublishedV1> = {
  $id: 'par.surveys.v1/SurveyResultsPublished.v1.json',
  title: 'SurveyResultsPublished v1',
  description:
    "A campaign's results, published by the survey operator: every unit of the campaign on every node its questionnaire measures. A later `resultVersion` replaces an earlier one.",
  type: 'object',
  properties: {
    type: { type: 'string', const: 'SurveyResultsPublished' },
    ...envelope,
    cycleId: { type: 'string', description: 'The assessment cycle the results score.' },
    resultVersion: { type: 'integer', minimum: 1, description: 'Grows with each publication of the campaign (1, 2, …).' },
    results: { type: 'array', items: unitResult, description: 'One entry per unit and node.' },
    actor,
  },
  required: [
    'type',
    'version',
    'eventId',
    'province',
    'cycleId',
    'campaignId',
    'resultVersion',
    'results',
    'actor',
    'occurredAt',
    'streamVersion',
  ],
  additionalProperties: false,
};

export const surveyTokensIssuedV1Schema: JSONSchemaType<SurveyTokensIssuedV1> = {
  $id: 'par.surveys.v1/SurveyTokensIssued.v1.json',
  title: 'SurveyTokensIssued v1',
  description:
    'One-time tokens issued to one respondent group for online answers: only their SHA-256 hashes (never the secrets), with what each token may answer.',
  type: 'object',
  properties: {
    type: { type: 'string', const: 'SurveyTokensIssued' },
    ...envelope,
    group: { type: 'string', description: "The respondent group's code in the campaign." },
    expiresAt: { type: 'string', format: 'date-time', description: 'After this instant the tokens are refused.' },
    tokens: {
      type: 'array',
      minItems: 1,
      maxItems: 5000,
      items: {
        type: 'object',
        properties: {
          hash: { type: 'string', pattern: '^[0-9a-f]{64}$', description: "SHA-256 (lowercase hex) of the token's secret." },
          respondentId: { type: 'string', description: 'The respondent the token is for (one token per respondent).' },
          unitId: { type: 'string', description: 'The unit the respondent assesses.' },
        },
        required: ['hash', 'respondentId', 'unitId'],
        additionalProperties: false,
      },
    },
  },
  required: ['type', 'version', 'eventId', 'province', 'campaignId', 'group', 'expiresAt', 'tokens', 'occurredAt', 'streamVersion'],
  additionalProperties: false,
};

/** The topic for outside consumers: what `npm run docs:asyncapi` documents and the contract tests validate. */
export const SURVEYS_CONTRACTS = {
  topic: 'par.surveys.v1' satisfies typeof SURVEYS_TOPIC,
  description:
    'Survey campaigns (SIPAS and satisfaction surveys): the published results per unit and node, the one-time tokens issued (hashes only). Responses are never published.',
  key: 'survey-campaign:<province>:<campaignId> — all events of one campaign, in order, in one partition.',
  messages: [
    { type: 'SurveyResultsPublished', version: 1, schema: surveyResultsPublishedV1Schema },
    { type: 'SurveyTokensIssued', version: 1, schema: surveyTokensIssuedV1Schema },
  ],
} as const;
