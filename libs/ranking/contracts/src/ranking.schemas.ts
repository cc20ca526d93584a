import type { JSONSchemaType } from 'ajv';
// type-only: index.ts re-exports this file, so a value import would be a cycle
import type {
  OfficialComponentScoreV1,
  OfficialRankingRowV1,
  RANKING_TOPIC,
  RankingCorrectedV1,
  RankingDecisionV1,
  RankingPublishedV1,
} from './index';

/**
 * JSON Schemas of `par.ranking.v1` (ADR 0025): the source of truth, typed with ajv's `JSONSchemaType<Contract>` so
 * that `tsc` refuses a schema whose properties do not match its TypeScript contract. Exported to
 * docs/integrators/schemas/ and the AsyncAPI document by `npm run docs:asyncapi`. A new message: its schema here and
 * one entry in `RANKING_CONTRACTS.messages`.
 */
const nullable = <T extends 'string' | 'number'>(type: T) => ({ anyOf: [{ type }, { type: 'null' as const, nullable: true as const }] });

const actor = {
  type: 'object',
  description: 'Who acted: token subject, display name, roles.',
  properties: {
    id: { type: 'string' },
    name: nullable('string'),
    roles: { type: 'array', items: { type: 'string' } },
  },
  required: ['id', 'name', 'roles'],
  additionalProperties: false,
} as const;

const component: JSONSchemaType<OfficialComponentScoreV1> = {
  type: 'object',
  description: "One component's points in the row.",
  properties: {
    code: { type: 'string', description: "The framework's component code, e.g. `1`." },
    name: { type: 'string' },
    points: { type: 'number' },
    maxPoints: { type: 'number', minimum: 0, description: 'Applicable maximum of the component (not-applicable nodes excluded).' },
  },
  required: ['code', 'name', 'points', 'maxPoints'],
  additionalProperties: false,
};

const row: JSONSchemaType<OfficialRankingRowV1> = {
  type: 'object',
  description: "One unit's row, exactly as fixed in this official version (a version never changes).",
  properties: {
    unitId: { type: 'string' },
    unitName: { type: 'string', description: 'The unit’s name at publication (Vietnamese).' },
    rank: { type: 'integer', minimum: 1, description: 'Position in the ranking, 1 first.' },
    total: { type: 'number', description: 'Total points.' },
    maxPoints: { type: 'number', minimum: 0, description: 'Applicable maximum (not-applicable criteria excluded).' },
    indexPercent: { type: 'number', maximum: 100, description: 'The PAR index: total ÷ applicable maximum × 100.' },
    classCode: { ...nullable('string'), description: "The framework's class code; null when the framework does not classify." },
    classLabel: {
      ...nullable('string'),
      description: 'Vietnamese class label (Xuất sắc, Tốt, Khá, Trung bình, Yếu); null when the framework does not classify.',
    },
    // optional and nullable: JSONSchemaType wants `nullable: true` on an optional property (stripped on export)
    classNote: {
      ...nullable('string'),
      nullable: true,
      description: "What the framework's class adjustment rules said (Vietnamese), e.g. lowered by the district 2/3-communes rule.",
    },
    components: { type: 'array', items: component },
    unscoredItems: {
      type: 'integer',
      minimum: 0,
      description: 'Applicable scored nodes without a score at publication ("chưa chấm", not 0 points lost).',
    },
    unscoredMaxPoints: { type: 'number', minimum: 0, description: 'The maxima of those unscored nodes, summed.' },
    scoringStatus: { type: 'string', enum: ['NOT_SCORED', 'PARTLY_SCORED', 'FULLY_SCORED'] },
  },
  required: [
    'unitId',
    'unitName',
    'rank',
    'total',
    'maxPoints',
    'indexPercent',
    'classCode',
    'classLabel',
    'components',
    'unscoredItems',
    'unscoredMaxPoints',
    'scoringStatus',
  ],
  additionalProperties: false,
};

const decision: JSONSchemaType<RankingDecisionV1> = {
  type: 'object',
  description: 'The decision (quyết định) that approved this version.',
  properties: {
    number: { type: 'string', minLength: 1, description: 'e.g. `123/QĐ-UBND`.' },
    date: { type: 'string', format: 'date', description: 'YYYY-MM-DD, not after the day it was recorded.' },
    signer: { ...nullable('string'), description: 'Who signed it, when given.' },
  },
  required: ['number', 'date', 'signer'],
  additionalProperties: false,
};

const envelope = {
  version: { type: 'integer', const: 1 },
  eventId: { type: 'string', description: 'Unique id of the event (also the `event-id` header); deduplicate on it.' },
  province: { type: 'string', description: 'The province (tenant), e.g. `bac-kan`; also the `province` header.' },
  cycleId: { type: 'string' },
  rankingVersion: { type: 'integer', minimum: 1, description: 'Official version: 1 for the publication, then 2, 3… for each correction.' },
  decision,
  rows: { type: 'array', items: row, description: 'One row per ranked unit of the cycle.' },
  actor,
  occurredAt: { type: 'string', format: 'date-time' },
  streamVersion: { type: 'integer', minimum: 1, description: "Position in the cycle's publication stream (1, 2, …)." },
} as const;

const envelopeRequired = [
  'type',
  'version',
  'eventId',
  'province',
  'cycleId',
  'rankingVersion',
  'decision',
  'rows',
  'actor',
  'occurredAt',
  'streamVersion',
] as const;

export const rankingPublishedV1Schema: JSONSchemaType<RankingPublishedV1> = {
  $id: 'par.ranking.v1/RankingPublished.v1.json',
  title: 'RankingPublished v1',
  description: "The cycle's ranking approved and published by decision: official version 1, with every unit's row.",
  type: 'object',
  properties: {
    type: { type: 'string', const: 'RankingPublished' },
    ...envelope,
    rankingVersion: { type: 'integer', const: 1, description: 'Always 1: the first official version.' },
    publishedAt: { type: 'string', format: 'date-time', description: 'When it was published (the server clock).' },
  },
  required: [...envelopeRequired, 'publishedAt'],
  additionalProperties: false,
};

export const rankingCorrectedV1Schema: JSONSchemaType<RankingCorrectedV1> = {
  $id: 'par.ranking.v1/RankingCorrected.v1.json',
  title: 'RankingCorrected v1',
  description:
    'A new official version after publication, by a new decision with a reason, with the full corrected rows. Earlier versions are not retracted: they remain what was published under their decision.',
  type: 'object',
  properties: {
    type: { type: 'string', const: 'RankingCorrected' },
    ...envelope,
    rankingVersion: { type: 'integer', minimum: 2, description: 'The new official version (2, 3, …).' },
    reason: { type: 'string', minLength: 1, description: 'Why it was corrected, as typed (escape it before showing it).' },
    correctsVersion: { type: 'integer', minimum: 1, description: 'The official version this one replaces (`rankingVersion - 1`).' },
    correctedAt: { type: 'string', format: 'date-time', description: 'When the correction was recorded (the server clock).' },
  },
  required: [...envelopeRequired, 'reason', 'correctsVersion', 'correctedAt'],
  additionalProperties: false,
};

/** The topic for outside consumers: what `npm run docs:asyncapi` documents and the contract tests validate. */
export const RANKING_CONTRACTS = {
  topic: 'par.ranking.v1' satisfies typeof RANKING_TOPIC,
  description:
    "Official rankings of a cycle, each fixed by a decision (quyết định): the publication and each correction, with every unit's row. The provisional (live) ranking is never published.",
  key: 'ranking-publication:<province>:<cycleId> — all official versions of one cycle, in order, in one partition.',
  messages: [
    { type: 'RankingPublished', version: 1, schema: rankingPublishedV1Schema },
    { type: 'RankingCorrected', version: 1, schema: rankingCorrectedV1Schema },
  ],
} as const;
