import type { JSONSchemaType } from 'ajv';
// type-only: index.ts re-exports this file, so a value import would be a cycle
import type {
  AppraisalFinalizedV1,
  ASSESSMENTS_TOPIC,
  EvidenceAttachedV1,
  EvidenceDetachedV1,
  NotApplicableChangedV1,
  ScoreRecordedV1,
  SelfAssessmentReopenedV1,
  SelfAssessmentSubmittedV1,
} from './index';

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

/** The envelope's properties in every message's `required` (then the message's own). */
const envelopeRequired = ['type', 'version', 'eventId', 'province', 'cycleId', 'unitId', 'actor', 'occurredAt', 'streamVersion'] as const;
const instant = (description: string) => ({ type: 'string', format: 'date-time', description }) as const;
const itemCode = {
  type: 'string',
  description: "The framework's scored node (sub-criterion, or criterion carrying points), e.g. `1.1.1`.",
} as const;
const sha256 = {
  type: 'string',
  pattern: '^[0-9a-f]{64}$',
  description: 'SHA-256 of the document, lowercase hex: its identity within the unit (`evidence(cycleId, unitId, sha256)`).',
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

export const selfAssessmentSubmittedV1Schema: JSONSchemaType<SelfAssessmentSubmittedV1> = {
  $id: 'par.assessments.v1/SelfAssessmentSubmitted.v1.json',
  title: 'SelfAssessmentSubmitted v1',
  description: 'A unit sent its self-assessment to appraisal: its self scores, figures and evidence are locked until reopened.',
  type: 'object',
  properties: {
    type: { type: 'string', const: 'SelfAssessmentSubmitted' },
    ...envelope,
    version: { type: 'integer', const: 1 },
    submittedAt: instant('When the unit submitted (the server clock).'),
    actor,
  },
  required: [...envelopeRequired, 'submittedAt'],
  additionalProperties: false,
};

export const selfAssessmentReopenedV1Schema: JSONSchemaType<SelfAssessmentReopenedV1> = {
  $id: 'par.assessments.v1/SelfAssessmentReopened.v1.json',
  title: 'SelfAssessmentReopened v1',
  description: 'The DHA reopened a submitted self-assessment, with the reason: the unit may change it again and must resubmit.',
  type: 'object',
  properties: {
    type: { type: 'string', const: 'SelfAssessmentReopened' },
    ...envelope,
    version: { type: 'integer', const: 1 },
    reason: { type: 'string', minLength: 1, description: 'Why it was reopened, as typed (escape it before showing it).' },
    actor,
  },
  required: [...envelopeRequired, 'reason'],
  additionalProperties: false,
};

export const evidenceAttachedV1Schema: JSONSchemaType<EvidenceAttachedV1> = {
  $id: 'par.assessments.v1/EvidenceAttached.v1.json',
  title: 'EvidenceAttached v1',
  description:
    "An evidence document (tài liệu kiểm chứng) attached to a unit's item. The bytes stay in the assessments service; the message carries their SHA-256, size, media type and file name.",
  type: 'object',
  properties: {
    type: { type: 'string', const: 'EvidenceAttached' },
    ...envelope,
    version: { type: 'integer', const: 1 },
    code: itemCode,
    sha256,
    size: { type: 'integer', minimum: 0, description: 'Size in bytes.' },
    mediaType: {
      type: 'string',
      minLength: 1,
      description: 'Media type detected from the content (not from the name), e.g. `application/pdf`.',
    },
    fileName: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description: 'The file name as the unit gave it (trimmed, no control characters or slashes): escape it before showing it.',
    },
    actor,
  },
  required: [...envelopeRequired, 'code', 'sha256', 'size', 'mediaType', 'fileName'],
  additionalProperties: false,
};

export const evidenceDetachedV1Schema: JSONSchemaType<EvidenceDetachedV1> = {
  $id: 'par.assessments.v1/EvidenceDetached.v1.json',
  title: 'EvidenceDetached v1',
  description: "An evidence document removed from a unit's item (before submission), identified by its SHA-256.",
  type: 'object',
  properties: {
    type: { type: 'string', const: 'EvidenceDetached' },
    ...envelope,
    version: { type: 'integer', const: 1 },
    code: itemCode,
    sha256,
    actor,
  },
  required: [...envelopeRequired, 'code', 'sha256'],
  additionalProperties: false,
};

export const appraisalFinalizedV1Schema: JSONSchemaType<AppraisalFinalizedV1> = {
  $id: 'par.assessments.v1/AppraisalFinalized.v1.json',
  title: 'AppraisalFinalized v1',
  description: "A unit's appraisal made final for the cycle: the ranking may be published only when every unit of the cycle is final.",
  type: 'object',
  properties: {
    type: { type: 'string', const: 'AppraisalFinalized' },
    ...envelope,
    version: { type: 'integer', const: 1 },
    finalizedAt: instant('When the appraisal was made final (the server clock).'),
    actor,
  },
  required: [...envelopeRequired, 'finalizedAt'],
  additionalProperties: false,
};

/** The topic for outside consumers: what `npm run docs:asyncapi` documents and the contract tests validate. */
export const ASSESSMENTS_CONTRACTS = {
  topic: 'par.assessments.v1' satisfies typeof ASSESSMENTS_TOPIC,
  description:
    'Self-assessment and appraisal of units, per unit and cycle: scores, not-applicable declarations, evidence documents, submission and reopening, the final appraisal.',
  key: 'assessment:<province>:<cycleId>:<unitId> — all events of one unit in one cycle, in order, in one partition.',
  messages: [
    { type: 'ScoreRecorded', version: 1, schema: scoreRecordedV1Schema },
    { type: 'NotApplicableChanged', version: 1, schema: notApplicableChangedV1Schema },
    { type: 'SelfAssessmentSubmitted', version: 1, schema: selfAssessmentSubmittedV1Schema },
    { type: 'SelfAssessmentReopened', version: 1, schema: selfAssessmentReopenedV1Schema },
    { type: 'EvidenceAttached', version: 1, schema: evidenceAttachedV1Schema },
    { type: 'EvidenceDetached', version: 1, schema: evidenceDetachedV1Schema },
    { type: 'AppraisalFinalized', version: 1, schema: appraisalFinalizedV1Schema },
  ],
} as const;
