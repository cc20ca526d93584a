import { Ajv, type ValidateFunction } from 'ajv';
import { ASSESSMENTS_CONTRACTS } from '@par/assessments-contracts';
import { FRAMEWORKS_CONTRACTS } from '@par/frameworks-contracts';
import { HEADERS, type OutgoingMessage } from '@par/messaging';
import { RANKING_CONTRACTS } from '@par/ranking-contracts';
import { SURVEYS_CONTRACTS } from '@par/surveys-contracts';

/**
 * The platform's published topics for outside consumers (ADR 0025), each described once in its contracts library
 * (`<CONTEXT>_CONTRACTS`: topic, key, messages with their JSON Schemas). Adding a topic is one line here; adding
 * a message is its schema and entry in the contracts library. The AsyncAPI document, the exported JSON Schemas
 * (`npm run docs:asyncapi`) and the contract tests follow.
 */
export interface PublishedMessage {
  readonly type: string;
  readonly version: number;
  readonly schema: object;
}

export interface PublishedTopic {
  readonly topic: string;
  readonly description: string;
  readonly key: string;
  readonly messages: readonly PublishedMessage[];
}

export const PUBLISHED_TOPICS: readonly PublishedTopic[] = [
  FRAMEWORKS_CONTRACTS,
  ASSESSMENTS_CONTRACTS,
  RANKING_CONTRACTS,
  SURVEYS_CONTRACTS,
];

/** Headers on every published message (`contractMessage` in @par/event-store), described for consumers. */
export const MESSAGE_HEADERS: Readonly<Record<string, string>> = {
  [HEADERS.province]: "The province (tenant) of the event, e.g. `bac-kan`; equals the payload's `province`.",
  [HEADERS.eventType]: "The payload's `type`, e.g. `ScoreRecorded`: dispatch on it without parsing the body.",
  [HEADERS.schemaVersion]: "The payload's `version` (a decimal string): its JSON Schema is `<type>.v<version>.json`.",
  [HEADERS.eventId]: 'Unique id of the event: deliveries are at least once, deduplicate on it.',
  [HEADERS.correlationId]: "The request that caused it (the gateway's `x-correlation-id`): quote it when asking for support.",
  [HEADERS.causationId]: 'The event or command that directly caused this one (the event id itself when none).',
};

/** A schema as published: ajv's `nullable` (a TypeScript-typing aid beside `type: "null"`) removed. */
export function exportedSchema(schema: object): object {
  return JSON.parse(JSON.stringify(schema), (key, value: unknown) => (key === 'nullable' ? undefined : value)) as object;
}

export const schemaFileName = (m: PublishedMessage) => `${m.type}.v${m.version}.json`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export interface ContractViolation {
  readonly topic: string;
  readonly type: string;
  readonly problems: readonly string[];
}

/**
 * Checks a message as it goes to Kafka against the published contract: a known `type`/`version` on its topic,
 * the payload valid against the exported schema (ajv, strict), and the headers present and consistent.
 */
export function createContractValidator(topics: readonly PublishedTopic[] = PUBLISHED_TOPICS) {
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajv.addFormat('date', DATE).addFormat('date-time', DATE_TIME);
  const validators = new Map<string, ValidateFunction>();
  for (const t of topics) {
    for (const m of t.messages) validators.set(`${t.topic}|${m.type}|${m.version}`, ajv.compile(exportedSchema(m.schema)));
  }
  return (message: OutgoingMessage): ContractViolation | undefined => {
    const value = message.value as { type?: unknown; version?: unknown; province?: unknown };
    const type = String(value?.type);
    const validate = validators.get(`${message.topic}|${type}|${String(value?.version)}`);
    const problems: string[] = [];
    if (!validate) problems.push(`no published schema for ${type} v${String(value?.version)} on ${message.topic}`);
    else if (!validate(value)) {
      for (const e of validate.errors ?? []) {
        const extra = (e.params as { additionalProperty?: string }).additionalProperty;
        problems.push(`${e.instancePath || '/'} ${e.message ?? ''}${extra ? `: ${extra}` : ''}`);
      }
    }
    for (const name of Object.keys(MESSAGE_HEADERS)) if (!message.headers[name]) problems.push(`header ${name} missing`);
    if (message.headers[HEADERS.province] !== value?.province) problems.push('header province differs from the payload');
    if (message.headers[HEADERS.eventType] !== type) problems.push('header event-type differs from the payload type');
    if (message.headers[HEADERS.schemaVersion] !== String(value?.version)) problems.push('header schema-version differs');
    return problems.length ? { topic: message.topic, type, problems } : undefined;
  };
}
