import { createEventStore, type EventStore, type StoredEvent } from '@par/event-store';
import type { Database } from '@par/database';
import type { OutgoingMessage, ProjectionSpec } from '@par/messaging';
import { FRAMEWORKS_TOPIC } from '@par/frameworks-contracts';
import { ASSESSMENTS_TOPIC } from '@par/assessments-contracts';
import { FRAMEWORKS_SCHEMA, frameworksProjections, toFrameworksContract } from '@par/service-frameworks';
import { ASSESSMENTS_SCHEMA, assessmentsProjections, toAssessmentsContract } from '@par/service-assessments';
import { SURVEYS_SCHEMA, surveysProjections } from '@par/service-surveys';
import { RANKING_SCHEMA, rankingProjections } from '@par/service-ranking';
import { REPORTING_SCHEMA, reportingProjections } from '@par/service-reporting';

/** A service that writes an event store and publishes its events as contracts on one topic. */
export interface EventProducer {
  readonly service: 'frameworks' | 'assessments';
  readonly schema: string;
  readonly topic: string;
  /** The producer's forwarder mapping: stored event → published contract (null: not published). */
  readonly toMessage: (e: StoredEvent) => OutgoingMessage | null;
  /** Opens the store as the service does (same schema; no upcasters today — keep in step with the module). */
  readonly openStore: (db: Database) => EventStore;
}

export const EVENT_PRODUCERS: readonly EventProducer[] = [
  {
    service: 'frameworks',
    schema: FRAMEWORKS_SCHEMA,
    topic: FRAMEWORKS_TOPIC,
    toMessage: toFrameworksContract,
    openStore: (db) => createEventStore(db, { schema: FRAMEWORKS_SCHEMA }),
  },
  {
    service: 'assessments',
    schema: ASSESSMENTS_SCHEMA,
    topic: ASSESSMENTS_TOPIC,
    toMessage: toAssessmentsContract,
    openStore: (db) => createEventStore(db, { schema: ASSESSMENTS_SCHEMA }),
  },
];

export function producerOfTopic(topic: string): EventProducer {
  const p = EVENT_PRODUCERS.find((x) => x.topic === topic);
  if (!p) throw new Error(`No event store publishes topic ${topic}`);
  return p;
}

/** One projection of one service, with what a rebuild needs to know. */
export interface RegisteredProjection {
  /** `<service>.<name>`: the consumer group and the name in `<schema>.processed_events`. */
  readonly name: string;
  readonly service: string;
  /** Schema of its read-model tables and of its bookkeeping (`processed_events`). */
  readonly schema: string;
  readonly spec: ProjectionSpec;
  readonly producers: readonly EventProducer[];
}

const of = (service: string, schema: string, specs: readonly ProjectionSpec[]): RegisteredProjection[] =>
  specs.map((spec) => ({ name: `${service}.${spec.name}`, service, schema, spec, producers: spec.topics.map(producerOfTopic) }));

/**
 * Every projection of the platform, in rebuild order: catalogs first (recomputes read them), then the
 * projections of scores. `ranking.catalog` also rewrites `ranking.results` (owned by `ranking.scores`),
 * so `ranking.scores` comes after it.
 */
export const PROJECTIONS: readonly RegisteredProjection[] = [
  ...of('frameworks', FRAMEWORKS_SCHEMA, frameworksProjections),
  ...of('assessments', ASSESSMENTS_SCHEMA, assessmentsProjections),
  ...of('surveys', SURVEYS_SCHEMA, surveysProjections),
  ...of('ranking', RANKING_SCHEMA, rankingProjections),
  ...of('reporting', REPORTING_SCHEMA, reportingProjections),
].sort((a, b) => rank(a) - rank(b));

function rank(p: { spec: ProjectionSpec }): number {
  return p.spec.name === 'catalog' ? 0 : 1;
}

export function findProjection(name: string): RegisteredProjection | undefined {
  return PROJECTIONS.find((p) => p.name === name);
}

/** Every owned table has exactly one owner within its schema (checked by a unit test). */
export function ownershipConflicts(projections: readonly RegisteredProjection[] = PROJECTIONS): string[] {
  const owner = new Map<string, string>();
  const out: string[] = [];
  for (const p of projections) {
    for (const t of p.spec.owns) {
      const key = `${p.schema}.${t}`;
      const prev = owner.get(key);
      if (prev) out.push(`${key} owned by ${prev} and ${p.name}`);
      else owner.set(key, p.name);
    }
  }
  return out;
}
