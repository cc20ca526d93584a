/**
 * JSON Schema (draft-07) of the framework file format. The same document is committed as
 * `framework.schema.json` beside this file (a unit test keeps both equal); see docs/framework-format.md.
 * The schema checks shape only; sums, codes, departments and rule bounds are checked by validateFramework.
 */
const method = { enum: ['appraised', 'survey', 'satisfaction', 'indicator', 'mixed'] };
const code = { type: 'string', minLength: 1, maxLength: 40 };
const name = { type: 'string', minLength: 1 };
const points = { type: 'number', minimum: 0 };
const maxByMethod = {
  type: 'object',
  propertyNames: method,
  additionalProperties: points,
};
const counts = {
  type: 'object',
  additionalProperties: false,
  properties: {
    criteria: { type: 'integer', minimum: 0 },
    subCriteria: { type: 'integer', minimum: 0 },
    surveySubCriteria: { type: 'integer', minimum: 0 },
  },
};
const decision = {
  type: 'object',
  required: ['number'],
  additionalProperties: false,
  properties: {
    number: name,
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    issuer: name,
    summary: name,
  },
};
const rule = {
  type: 'object',
  required: ['type'],
  properties: { type: { enum: ['manual', 'yes-no', 'ratio', 'bands', 'deduction', 'rate'] } },
  allOf: [
    {
      if: { properties: { type: { const: 'manual' } } },
      then: { additionalProperties: false, properties: { type: {}, step: { type: 'number', exclusiveMinimum: 0 } } },
    },
    {
      if: { properties: { type: { enum: ['yes-no', 'rate'] } } },
      then: { additionalProperties: false, properties: { type: {} } },
    },
    {
      if: { properties: { type: { const: 'ratio' } } },
      then: { additionalProperties: false, properties: { type: {}, unitLabel: name } },
    },
    {
      if: { properties: { type: { const: 'bands' } } },
      then: {
        required: ['on', 'bands'],
        additionalProperties: false,
        properties: {
          type: {},
          on: { enum: ['percentage', 'count', 'ratio', 'growth'] },
          unitLabel: name,
          otherwise: points,
          bands: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['points'],
              additionalProperties: false,
              properties: { min: { type: 'number' }, max: { type: 'number' }, points, label: name },
            },
          },
        },
      },
    },
    {
      if: { properties: { type: { const: 'deduction' } } },
      then: {
        required: ['perOccurrence'],
        additionalProperties: false,
        properties: { type: {}, perOccurrence: { type: 'number', exclusiveMinimum: 0 }, from: points, unitLabel: name },
      },
    },
  ],
};
const applicability = {
  type: 'object',
  required: ['mode'],
  additionalProperties: false,
  properties: { mode: { enum: ['always', 'conditional'] }, condition: name },
};
const departments = { type: 'array', minItems: 1, items: code };
/** The unit must attach evidence (tài liệu kiểm chứng) or, lacking it, write an explanation before submitting. */
const evidenceRequired = { type: 'boolean' };
const scoringProps = { max: points, method, rule, departments, applicability, evidenceRequired };
const remainder = {
  type: 'object',
  required: ['name', 'max'],
  additionalProperties: false,
  properties: {
    code,
    name,
    note: name,
    max: { type: 'number', exclusiveMinimum: 0 },
    method,
    rule,
    departments,
    applicability,
    evidenceRequired,
    covers: counts,
  },
};

export const frameworkJsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://par-index.gov.vn/schemas/framework-v1.json',
  title: 'PAR Index criteria framework (bộ tiêu chí)',
  type: 'object',
  required: [
    'schemaVersion',
    'id',
    'name',
    'province',
    'unitType',
    'period',
    'version',
    'decision',
    'totalMax',
    'rounding',
    'departments',
    'components',
  ],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    schemaVersion: { enum: [1, 2] },
    id: code,
    name,
    province: code,
    unitType: code,
    period: {
      type: 'object',
      required: ['from', 'to'],
      additionalProperties: false,
      properties: { from: { type: 'integer' }, to: { type: 'integer' } },
    },
    year: { type: 'integer' },
    version: { type: 'string', minLength: 1 },
    decision,
    amendments: { type: 'array', items: decision },
    totalMax: { type: 'number', exclusiveMinimum: 0 },
    maxByMethod,
    declaredCounts: counts,
    detail: { enum: ['complete', 'partial'] },
    detailNote: name,
    rounding: {
      type: 'object',
      required: ['decimals', 'mode', 'at'],
      additionalProperties: false,
      properties: {
        decimals: { type: 'integer', minimum: 0, maximum: 6 },
        mode: { enum: ['half-up', 'half-even', 'down'] },
        at: { enum: ['leaf', 'component', 'total'] },
        indexDecimals: { type: 'integer', minimum: 0, maximum: 6 },
      },
    },
    departments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'name'],
        additionalProperties: false,
        properties: { code, name },
      },
    },
    classification: {
      type: 'object',
      required: ['bands'],
      additionalProperties: false,
      properties: {
        basis: { enum: ['index', 'total'] },
        bands: {
          type: 'array',
          items: {
            type: 'object',
            required: ['class', 'label'],
            additionalProperties: false,
            properties: { class: code, label: name, min: points },
          },
        },
        adjustments: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'type', 'enabled', 'subordinateUnitType', 'minShare'],
            additionalProperties: false,
            properties: {
              id: code,
              type: { const: 'subordinate-share' },
              enabled: { type: 'boolean' },
              subordinateUnitType: code,
              minShare: {
                oneOf: [
                  { type: 'string', pattern: '^\\d+/\\d+$' },
                  { type: 'number', exclusiveMinimum: 0, maximum: 1 },
                ],
              },
              drop: { type: 'integer', minimum: 1 },
              description: name,
            },
          },
        },
      },
    },
    ranking: {
      type: 'object',
      additionalProperties: false,
      properties: { basis: { enum: ['index', 'total'] } },
    },
    components: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['code', 'name', 'max'],
        additionalProperties: false,
        properties: {
          code,
          name,
          shortName: name,
          max: points,
          maxByMethod,
          detail: { enum: ['complete', 'partial'] },
          declaredCounts: counts,
          note: name,
          criteria: {
            type: 'array',
            items: {
              type: 'object',
              required: ['code', 'name', 'max'],
              additionalProperties: false,
              properties: {
                code,
                name,
                note: name,
                ...scoringProps,
                subCriteria: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['code', 'name', 'max', 'method', 'rule', 'departments'],
                    additionalProperties: false,
                    properties: { code, name, note: name, ...scoringProps },
                  },
                },
                remainder,
              },
            },
          },
          aggregates: {
            type: 'array',
            items: {
              type: 'object',
              required: ['code', 'name', 'max', 'method', 'rule'],
              additionalProperties: false,
              properties: {
                code,
                name,
                note: name,
                ...scoringProps,
                covers: counts,
                knownItems: { type: 'array', items: name },
              },
            },
          },
        },
      },
    },
  },
} as const;
