import type { JSONSchemaType } from 'ajv';
// type-only: index.ts re-exports this file, so a value import would be a cycle
import type { ASSESSMENTS_TOPIC, NotApplicableChangedV1, ScoreRecordedV1 } from './index';

/**
 * JSON Schemas of `par.assessments.v1` (ADR 0025): written here as the source of truth, typed with ajv's
 * `JSONSchemaType<Contract>` so that `tsc` refuses a schema that does not match its TypeScript contract. Exported to
 * docs/integrators/schemas/ and the AsyncAPI document by `npm run docs:asyncapi`. A new message: its schema here
 * and one entry in `ASSESSMENTS_CONTRACTS.messages`.
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

const envelope = {
  version: { type: 'integer', const: 1 },
  eventId: { type: 'string', description: 'Unique id of the event (also the `event-id` header); deduplicate on it.' },
  province: { type: 'string', description: 'The province (tenant), e.g. `bac-kan`; also the `province` header.' },
  cycleId: { type: 'string' },
  unitId: { type: 'string' },
  occurredAt: { type: 'string', format: 'date-time' },
  streamVersion: { type: 'integer', minimum: 1, description: "Position in the unit's assessment stream (1, 2, …)." },
} as const;

export const scoreRecordedV1Schema: JSONSchemaType<ScoreRecordedV1> = {
  $id: 'par.assessments.v1/ScoreRecorded.v1.json',
  title: 'ScoreRecorded v1',
  description: "A unit's self score or the appraisal council's score of one sub-criterion, with the previous value.",
  type: 'object',
  properties: {
    type: { type: 'string', const: 'ScoreRecorded' },
    ...envelope,
    version: { type: 'integer', const: 1 },
    subCriterionCode: { type: 'string' },
    kind: { type: 'string', enum: ['self', 'appraised'] },
    score: { type: 'number', minimum: 0 },
    previousScore: nullable('number'),
    reason: { ...nullable('string'), description: "Appraisal: the council's reason; self score: the unit's note." },
    actor,
  },
  required: [
    'type',
    'version',
    'eventId',
    'province',
    'cycleId',
    'unitId',
    'subCriterionCode',
    'kind',
    'score',
    'previousScore',
    'reason',
    'actor',
    'occurredAt',
    'streamVersion',
  ],
  additionalProperties: false,
};

export const notApplicableChangedV1Schema: JSONSchemaType<NotApplicableChangedV1> = {
  $id: 'par.assessments.v1/NotApplicableChanged.v1.json',
  title: 'NotApplicableChanged v1',
  description: 'A scored node declared not applicable to a unit in a cycle (true, with the reason) or the declaration withdrawn (false).',
  type: 'object',
  properties: {
    type: { type: 'string', const: 'NotApplicableChanged' },
    ...envelope,
    version: { type: 'integer', const: 1 },
    code: { type: 'string' },
    notApplicable: { type: 'boolean' },
    reason: nullable('string'),
    actor,
  },
  required: [
    'type',
    'version',
    'eventId',
    'province',
    'cycleId',
    'unitId',
    'code',
    'notApplicable',
    'reason',
    'actor',
    'occurredAt',
    'streamVersion',
  ],
  additionalProperties: false,
};

/** The topic for outside consumers: what `npm run docs:asyncapi` documents and the contract tests validate. */
export const ASSESSMENTS_CONTRACTS = {
  topic: 'par.assessments.v1' satisfies typeof ASSESSMENTS_TOPIC,
  description: 'Self-assessment and appraisal of units: scores and not-applicable declarations, per unit and cycle.',
  key: 'assessment:<province>:<cycleId>:<unitId> — all events of one unit in one cycle, in order, in one partition.',
  messages: [
    { type: 'ScoreRecorded', version: 1, schema: scoreRecordedV1Schema },
    { type: 'NotApplicableChanged', version: 1, schema: notApplicableChangedV1Schema },
  ],
} as const;
