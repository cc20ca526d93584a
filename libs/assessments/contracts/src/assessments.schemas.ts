import type { JSONSchemaType } from 'ajv';
// type-only: index.ts re-exports this file, so a value import would be a cycle
import type {
  AppraisalFinalizedV1,
  AppraisalReopenedV1,
  AppraisersAssignedV1,
  AppraisersUnassignedV1,
  ASSESSMENTS_TOPIC,
  EvidenceAttachedV1,
  EvidenceDetachedV1,
  ExplanationDecidedV1,
  ExplanationSubmittedV1,
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

export const appraisalReopenedV1Schema: JSONSchemaType<AppraisalReopenedV1> = {
  $id: 'par.assessments.v1/AppraisalReopened.v1.json',
  title: 'AppraisalReopened v1',
  description: "A unit's finalized appraisal reopened by the DHA, with the reason: the unit counts as not final again.",
  type: 'object',
  properties: {
    type: { type: 'string', const: 'AppraisalReopened' },
    ...envelope,
    version: { type: 'integer', const: 1 },
    reason: { type: 'string', minLength: 1, description: 'Why it was reopened, as typed (escape it before showing it).' },
    reopenedAt: instant('When it was reopened (the server clock).'),
    actor,
  },
  required: [...envelopeRequired, 'reason', 'reopenedAt'],
  additionalProperties: false,
};

/** Assignment messages are about several units of a cycle: no `unitId`, and their own stream. */
const assignmentProperties = {
  ...envelope,
  version: { type: 'integer', const: 1 },
  streamVersion: { type: 'integer', minimum: 1, description: "Position in the cycle's assignment stream (1, 2, …)." },
  unitIds: { type: 'array', minItems: 1, maxItems: 500, items: { type: 'string' }, description: 'The units concerned.' },
  appraiserIds: {
    type: 'array',
    minItems: 1,
    maxItems: 50,
    items: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._@:-]{0,99}$' },
    description: 'The appraisers, by token subject (`sub`).',
  },
  actor,
} as const;
const assignmentRequired = [
  'type',
  'version',
  'eventId',
  'province',
  'cycleId',
  'unitIds',
  'appraiserIds',
  'actor',
  'occurredAt',
  'streamVersion',
] as const;

export const appraisersAssignedV1Schema: JSONSchemaType<AppraisersAssignedV1> = {
  $id: 'par.assessments.v1/AppraisersAssigned.v1.json',
  title: 'AppraisersAssigned v1',
  description:
    'Appraisers assigned by the DHA to units of a cycle, optionally as a named team (Tổ thẩm định): they may appraise those units.',
  type: 'object',
  properties: {
    type: { type: 'string', const: 'AppraisersAssigned' },
    ...assignmentProperties,
    teamName: { ...nullable('string'), description: "The team's name (at most 200 characters); null when not given." },
  },
  required: [...assignmentRequired, 'teamName'],
  additionalProperties: false,
};

export const appraisersUnassignedV1Schema: JSONSchemaType<AppraisersUnassignedV1> = {
  $id: 'par.assessments.v1/AppraisersUnassigned.v1.json',
  title: 'AppraisersUnassigned v1',
  description: 'Appraisers withdrawn by the DHA from units of a cycle, with the reason when given.',
  type: 'object',
  properties: {
    type: { type: 'string', const: 'AppraisersUnassigned' },
    ...assignmentProperties,
    reason: { ...nullable('string'), description: 'Why, as typed (escape it before showing it); null when not given.' },
  },
  required: [...assignmentRequired, 'reason'],
  additionalProperties: false,
};

export const explanationSubmittedV1Schema: JSONSchemaType<ExplanationSubmittedV1> = {
  $id: 'par.assessments.v1/ExplanationSubmitted.v1.json',
  title: 'ExplanationSubmitted v1',
  description:
    "A unit's explanation (giải trình) of its preliminary result on one criterion or sub-criterion, with the evidence it cites. The text is not published (read it through `explanationThread`).",
  type: 'object',
  properties: {
    type: { type: 'string', const: 'ExplanationSubmitted' },
    ...envelope,
    version: { type: 'integer', const: 1 },
    code: { type: 'string', description: 'The criterion or sub-criterion explained, e.g. `1.1` or `1.1.1`.' },
    evidenceSha256s: {
      type: 'array',
      maxItems: 20,
      items: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      description: "SHA-256s (lowercase hex) of the unit's evidence documents the explanation cites.",
    },
    submittedAt: instant('When the unit submitted it (the server clock).'),
    actor,
  },
  required: [...envelopeRequired, 'code', 'evidenceSha256s', 'submittedAt'],
  additionalProperties: false,
};

export const explanationDecidedV1Schema: JSONSchemaType<ExplanationDecidedV1> = {
  $id: 'par.assessments.v1/ExplanationDecided.v1.json',
  title: 'ExplanationDecided v1',
  description:
    "The assigned appraiser's decision on a unit's open explanation: the result kept, or changed (the new appraised score is also published as a `ScoreRecorded`, kind `appraised`).",
  type: 'object',
  properties: {
    type: { type: 'string', const: 'ExplanationDecided' },
    ...envelope,
    version: { type: 'integer', const: 1 },
    code: { type: 'string', description: 'The criterion or sub-criterion the explanation was about.' },
    outcome: { type: 'string', enum: ['kept', 'changed'] },
    subCriterionCode: { ...nullable('string'), description: 'The sub-criterion whose appraised score changed; null when kept.' },
    score: {
      anyOf: [
        { type: 'number', minimum: 0 },
        { type: 'null', nullable: true },
      ],
      description: 'The new appraised score; null when kept.',
    },
    decidedAt: instant('When the appraiser decided (the server clock).'),
    actor,
  },
  required: [...envelopeRequired, 'code', 'outcome', 'subCriterionCode', 'score', 'decidedAt'],
  additionalProperties: false,
};

/** The topic for outside consumers: what `npm run docs:asyncapi` documents and the contract tests validate. */
export const ASSESSMENTS_CONTRACTS = {
  topic: 'par.assessments.v1' satisfies typeof ASSESSMENTS_TOPIC,
  description:
    "Self-assessment and appraisal of units, per unit and cycle: scores, not-applicable declarations, evidence documents, submission and reopening, the appraisers' assignments, explanations and their decisions, the final appraisal.",
  key: "the producing stream id: `assessment:<province>:<cycleId>:<unitId>` (one unit in one cycle) or `appraisal-assignments:<province>:<cycleId>` (the assignments of a cycle) — one stream's events in order, in one partition.",
  messages: [
    { type: 'ScoreRecorded', version: 1, schema: scoreRecordedV1Schema },
    { type: 'NotApplicableChanged', version: 1, schema: notApplicableChangedV1Schema },
    { type: 'SelfAssessmentSubmitted', version: 1, schema: selfAssessmentSubmittedV1Schema },
    { type: 'SelfAssessmentReopened', version: 1, schema: selfAssessmentReopenedV1Schema },
    { type: 'EvidenceAttached', version: 1, schema: evidenceAttachedV1Schema },
    { type: 'EvidenceDetached', version: 1, schema: evidenceDetachedV1Schema },
    { type: 'AppraisersAssigned', version: 1, schema: appraisersAssignedV1Schema },
    { type: 'AppraisersUnassigned', version: 1, schema: appraisersUnassignedV1Schema },
    { type: 'ExplanationSubmitted', version: 1, schema: explanationSubmittedV1Schema },
    { type: 'ExplanationDecided', version: 1, schema: explanationDecidedV1Schema },
    { type: 'AppraisalFinalized', version: 1, schema: appraisalFinalizedV1Schema },
    { type: 'AppraisalReopened', version: 1, schema: appraisalReopenedV1Schema },
  ],
} as const;
