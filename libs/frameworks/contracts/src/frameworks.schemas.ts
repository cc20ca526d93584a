import type { JSONSchemaType } from 'ajv';
// type-only: index.ts re-exports this file, so a value import would be a cycle
import type {
  CycleOpenedV1,
  CycleOpenedV2,
  CyclePhaseAdvancedV1,
  CyclePhasesSetV1,
  DecisionV2,
  FRAMEWORKS_TOPIC,
  FrameworkPublishedV1,
  FrameworkPublishedV2,
  ScoringItemV1,
  UnitDecisionV1,
  UnitDissolvedV1,
  UnitRegisteredV1,
  UnitRegisteredV2,
  UnitRenamedV1,
  UnitSplitV1,
  UnitsMergedV1,
} from './index';

/**
 * JSON Schemas of `par.frameworks.v1` (ADR 0025): the source of truth, typed with ajv's `JSONSchemaType<Contract>`
 * so that `tsc` refuses a schema whose properties do not match its TypeScript contract. Exported by
 * `npm run docs:asyncapi`. A new message: its schema here and one entry in `FRAMEWORKS_CONTRACTS.messages`.
 */
const nullable = <T extends 'string' | 'number' | 'integer'>(type: T) => ({
  anyOf: [{ type }, { type: 'null' as const, nullable: true as const }],
});
const date = { type: 'string', format: 'date', description: 'YYYY-MM-DD' } as const;
const nullableDate = { anyOf: [date, { type: 'null' as const, nullable: true as const }] };
const province = { type: 'string', description: 'The province (tenant), e.g. `bac-kan`; also the `province` header.' } as const;
const v = <N extends number>(n: N) => ({ type: 'integer', const: n }) as const;
const t = <S extends string>(s: S) => ({ type: 'string', const: s }) as const;
const unitType = { type: 'string', description: 'Level the framework/cycle applies to (e.g. district, commune).' } as const;
const phase = { type: 'string', enum: ['SELF_ASSESSMENT', 'APPRAISAL', 'EXPLANATION', 'FINAL_APPRAISAL', 'PUBLISHED'] } as const;
const unitKind = { type: 'string', enum: ['DEPARTMENT', 'COMMUNE', 'WARD', 'SPECIAL_ZONE', 'DISTRICT'] } as const;

const decisionV2: JSONSchemaType<DecisionV2> = {
  type: 'object',
  properties: { number: { type: 'string' }, date },
  required: ['number', 'date'],
  additionalProperties: false,
};
const unitDecision: JSONSchemaType<UnitDecisionV1> = {
  type: 'object',
  properties: { number: { type: 'string' }, date: nullableDate },
  required: ['number', 'date'],
  additionalProperties: false,
};
const scoringItem: JSONSchemaType<ScoringItemV1> = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    name: { type: 'string' },
    componentCode: { type: 'string' },
    maxPoints: { type: 'number', minimum: 0 },
    method: { type: 'string', enum: ['appraised', 'survey', 'satisfaction', 'indicator'] },
    step: { type: 'number', exclusiveMinimum: 0, nullable: true },
    departments: { type: 'array', items: { type: 'string' } },
  },
  required: ['code', 'name', 'componentCode', 'maxPoints', 'method', 'departments'],
  additionalProperties: false,
};

const frameworkProperties = {
  type: t('FrameworkPublished'),
  province,
  frameworkId: { type: 'string' },
  frameworkVersion: { type: 'integer', minimum: 1 },
  name: { type: 'string' },
  unitType,
  // any JSON (`unknown` in the contract: JSONSchemaType has no form for it)
  definition: { type: 'object', description: 'The full definition in the framework format (docs/framework-format.md), as JSON.' } as never,
  components: {
    type: 'array',
    items: {
      type: 'object',
      properties: { code: { type: 'string' }, name: { type: 'string' }, maxPoints: { type: 'number' } },
      required: ['code', 'name', 'maxPoints'],
      additionalProperties: false,
    },
  },
  items: { type: 'array', items: scoringItem },
  totalMaxPoints: { type: 'number' },
} as const;
// (`definition` is `unknown`, which ajv's types count as optional)
const frameworkRequired = [
  'type',
  'version',
  'province',
  'frameworkId',
  'frameworkVersion',
  'name',
  'unitType',
  'components',
  'items',
  'totalMaxPoints',
] as const;

export const frameworkPublishedV1Schema: JSONSchemaType<FrameworkPublishedV1> = {
  $id: 'par.frameworks.v1/FrameworkPublished.v1.json',
  title: 'FrameworkPublished v1',
  description: 'A framework version issued by decision: its components and scoring items (superseded by v2).',
  type: 'object',
  properties: { ...frameworkProperties, version: v(1) },
  required: frameworkRequired,
  additionalProperties: false,
};

export const frameworkPublishedV2Schema: JSONSchemaType<FrameworkPublishedV2> = {
  $id: 'par.frameworks.v1/FrameworkPublished.v2.json',
  title: 'FrameworkPublished v2',
  description: 'v1 plus the issuing decision, the period the version applies to and, for an amendment, what it amends.',
  type: 'object',
  properties: {
    ...frameworkProperties,
    version: v(2),
    decision: decisionV2,
    validFrom: date,
    validTo: date,
    amends: {
      anyOf: [
        {
          type: 'object',
          properties: { fromVersion: { type: 'integer' }, decision: decisionV2 },
          required: ['fromVersion', 'decision'],
          additionalProperties: false,
        },
        { type: 'null', nullable: true },
      ],
    },
  },
  required: [...frameworkRequired, 'decision', 'validFrom', 'validTo', 'amends'],
  additionalProperties: false,
};

const unitProperties = {
  type: t('UnitRegistered'),
  province,
  unitId: { type: 'string' },
  name: { type: 'string' },
  unitType,
  parentUnitId: nullable('string'),
} as const;
const unitRequired = ['type', 'version', 'province', 'unitId', 'name', 'unitType', 'parentUnitId'] as const;

export const unitRegisteredV1Schema: JSONSchemaType<UnitRegisteredV1> = {
  $id: 'par.frameworks.v1/UnitRegistered.v1.json',
  title: 'UnitRegistered v1',
  description: 'A unit of the province registered (superseded by v2).',
  type: 'object',
  properties: { ...unitProperties, version: v(1) },
  required: unitRequired,
  additionalProperties: false,
};

export const unitRegisteredV2Schema: JSONSchemaType<UnitRegisteredV2> = {
  $id: 'par.frameworks.v1/UnitRegistered.v2.json',
  title: 'UnitRegistered v2',
  description: "v1 plus the unit's official code, kind and validity (both ends inclusive; null = open).",
  type: 'object',
  properties: {
    ...unitProperties,
    version: v(2),
    code: nullable('string'),
    kind: unitKind,
    validFrom: nullableDate,
    validTo: nullableDate,
  },
  required: [...unitRequired, 'code', 'kind', 'validFrom', 'validTo'],
  additionalProperties: false,
};

const cycleProperties = {
  type: t('CycleOpened'),
  province,
  cycleId: { type: 'string' },
  name: { type: 'string' },
  year: { type: 'integer' },
  unitType,
  frameworkId: { type: 'string' },
  frameworkVersion: { type: 'integer', minimum: 1 },
} as const;
const cycleRequired = ['type', 'version', 'province', 'cycleId', 'name', 'year', 'unitType', 'frameworkId', 'frameworkVersion'] as const;

export const cycleOpenedV1Schema: JSONSchemaType<CycleOpenedV1> = {
  $id: 'par.frameworks.v1/CycleOpened.v1.json',
  title: 'CycleOpened v1',
  description: 'An assessment cycle opened, pinned to a framework version (superseded by v2).',
  type: 'object',
  properties: { ...cycleProperties, version: v(1) },
  required: cycleRequired,
  additionalProperties: false,
};

export const cycleOpenedV2Schema: JSONSchemaType<CycleOpenedV2> = {
  $id: 'par.frameworks.v1/CycleOpened.v2.json',
  title: 'CycleOpened v2',
  description: "v1 plus the date the cycle's units are taken as of.",
  type: 'object',
  properties: { ...cycleProperties, version: v(2), referenceDate: date },
  required: [...cycleRequired, 'referenceDate'],
  additionalProperties: false,
};

export const cyclePhasesSetV1Schema: JSONSchemaType<CyclePhasesSetV1> = {
  $id: 'par.frameworks.v1/CyclePhasesSet.v1.json',
  title: 'CyclePhasesSet v1',
  description: "The cycle's phases with their start dates and deadlines.",
  type: 'object',
  properties: {
    type: t('CyclePhasesSet'),
    version: v(1),
    province,
    cycleId: { type: 'string' },
    phases: {
      type: 'array',
      items: {
        type: 'object',
        properties: { phase, startDate: date, deadline: date },
        required: ['phase', 'startDate', 'deadline'],
        additionalProperties: false,
      },
    },
  },
  required: ['type', 'version', 'province', 'cycleId', 'phases'],
  additionalProperties: false,
};

export const cyclePhaseAdvancedV1Schema: JSONSchemaType<CyclePhaseAdvancedV1> = {
  $id: 'par.frameworks.v1/CyclePhaseAdvanced.v1.json',
  title: 'CyclePhaseAdvanced v1',
  description: 'The cycle moved from one phase to the next.',
  type: 'object',
  properties: {
    type: t('CyclePhaseAdvanced'),
    version: v(1),
    province,
    cycleId: { type: 'string' },
    from: { anyOf: [phase, { type: 'null', nullable: true }] } as never,
    to: phase,
    at: { type: 'string', format: 'date-time' },
  },
  required: ['type', 'version', 'province', 'cycleId', 'from', 'to', 'at'],
  additionalProperties: false,
};

const lineage = { version: v(1), province, effectiveDate: date, decision: unitDecision } as const;

export const unitsMergedV1Schema: JSONSchemaType<UnitsMergedV1> = {
  $id: 'par.frameworks.v1/UnitsMerged.v1.json',
  title: 'UnitsMerged v1',
  description: 'Several units merged into one from `effectiveDate`; the predecessors end the day before.',
  type: 'object',
  properties: {
    type: t('UnitsMerged'),
    ...lineage,
    predecessorIds: { type: 'array', items: { type: 'string' }, minItems: 1 },
    successorId: { type: 'string' },
  },
  required: ['type', 'version', 'province', 'predecessorIds', 'successorId', 'effectiveDate', 'decision'],
  additionalProperties: false,
};

export const unitSplitV1Schema: JSONSchemaType<UnitSplitV1> = {
  $id: 'par.frameworks.v1/UnitSplit.v1.json',
  title: 'UnitSplit v1',
  description: 'One unit split into several (each with its share 0–1 where known); the predecessor ends the day before.',
  type: 'object',
  properties: {
    type: t('UnitSplit'),
    ...lineage,
    predecessorId: { type: 'string' },
    successors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { unitId: { type: 'string' }, share: nullable('number') },
        required: ['unitId', 'share'],
        additionalProperties: false,
      },
    },
  },
  required: ['type', 'version', 'province', 'predecessorId', 'successors', 'effectiveDate', 'decision'],
  additionalProperties: false,
};

export const unitRenamedV1Schema: JSONSchemaType<UnitRenamedV1> = {
  $id: 'par.frameworks.v1/UnitRenamed.v1.json',
  title: 'UnitRenamed v1',
  description: 'The same body under a new name from `effectiveDate`.',
  type: 'object',
  properties: {
    type: t('UnitRenamed'),
    ...lineage,
    unitId: { type: 'string' },
    previousName: { type: 'string' },
    name: { type: 'string' },
  },
  required: ['type', 'version', 'province', 'unitId', 'previousName', 'name', 'effectiveDate', 'decision'],
  additionalProperties: false,
};

export const unitDissolvedV1Schema: JSONSchemaType<UnitDissolvedV1> = {
  $id: 'par.frameworks.v1/UnitDissolved.v1.json',
  title: 'UnitDissolved v1',
  description: 'A unit that ceases to exist; it ends the day before `effectiveDate`.',
  type: 'object',
  properties: { type: t('UnitDissolved'), ...lineage, unitId: { type: 'string' } },
  required: ['type', 'version', 'province', 'unitId', 'effectiveDate', 'decision'],
  additionalProperties: false,
};

/** The topic for outside consumers: what `npm run docs:asyncapi` documents and the contract tests validate. */
export const FRAMEWORKS_CONTRACTS = {
  topic: 'par.frameworks.v1' satisfies typeof FRAMEWORKS_TOPIC,
  description: 'Reference data of a province: criteria frameworks, the unit registry with its lineage, assessment cycles.',
  key: "the producing stream id: `framework:<province>:<frameworkId>`, `units:<province>`, `cycle:<province>:<cycleId>` — one entity's events in order.",
  messages: [
    { type: 'FrameworkPublished', version: 2, schema: frameworkPublishedV2Schema },
    { type: 'FrameworkPublished', version: 1, schema: frameworkPublishedV1Schema },
    { type: 'UnitRegistered', version: 2, schema: unitRegisteredV2Schema },
    { type: 'UnitRegistered', version: 1, schema: unitRegisteredV1Schema },
    { type: 'UnitsMerged', version: 1, schema: unitsMergedV1Schema },
    { type: 'UnitSplit', version: 1, schema: unitSplitV1Schema },
    { type: 'UnitRenamed', version: 1, schema: unitRenamedV1Schema },
    { type: 'UnitDissolved', version: 1, schema: unitDissolvedV1Schema },
    { type: 'CycleOpened', version: 2, schema: cycleOpenedV2Schema },
    { type: 'CycleOpened', version: 1, schema: cycleOpenedV1Schema },
    { type: 'CyclePhasesSet', version: 1, schema: cyclePhasesSetV1Schema },
    { type: 'CyclePhaseAdvanced', version: 1, schema: cyclePhaseAdvancedV1Schema },
  ],
} as const;
