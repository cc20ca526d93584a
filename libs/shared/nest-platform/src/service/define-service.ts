import type { Type } from '@nestjs/common';
import type { Database, Migration } from '@par/database';
import { createEventStore, eventStoreMigrations, type EventStore, type StoredEvent, type Upcaster } from '@par/event-store';
import type { OutgoingMessage } from '@par/messaging';
import { projectionMigrations, type ProjectionSpec } from '@par/projections';

/** What a service publishes: one topic, and the mapping of its stored events to the topic's contracts. */
export interface PublishedEvents {
  readonly topic: string;
  /** Stored event → published contract message (null: not published; the forwarder moves past it). */
  readonly toMessage: (e: StoredEvent) => OutgoingMessage | null;
}

/** Everything the platform needs to run, compose, print and rebuild one service; written in `services/<name>/src/<name>.service.ts`. */
export interface ServiceSpec<N extends string = string> {
  /** Subgraph name, Nx project name, `<name>.<projection>` prefix. */
  readonly name: N;
  /** Default port (stack and embedded modes); the supergraph is composed with these URLs. */
  readonly port: number;
  /** The service's PostgreSQL schema (event store, read models, projection bookkeeping). */
  readonly schema: string;
  /**
   * The service's Nest module (resolvers, handlers), loaded lazily: Nest's code-first type registry is
   * process-global, so importing a service definition must not register its GraphQL types.
   */
  readonly graphql: () => Promise<Type<unknown>>;
  /** The service's own read-model tables (the event store's and the projection bookkeeping's are added). */
  readonly migrations: readonly Migration[];
  /** Present when the service writes events: its store's options (upcasters applied on read). */
  readonly eventStore?: { readonly upcasters?: readonly Upcaster[] };
  /** Present when the service publishes its events (needs `eventStore`): forwarded by the platform's outbox. */
  readonly publishes?: PublishedEvents;
  /** Consumers feeding the read models of `schema` (the live consumers and `par projections rebuild`). */
  readonly projections: readonly ProjectionSpec[];
}

export interface ServiceDefinition<N extends string = string> extends ServiceSpec<N> {
  /** The one way to open the service's event store (the running module, the rebuild, `par verify`); null if it writes none. */
  readonly openStore: ((db: Database) => EventStore) | null;
  /** Every migration of the schema, in order: event store, the service's own, projection bookkeeping. */
  readonly schemaMigrations: readonly Migration[];
}

/** Declares a service; the platform derives its store, pipeline, subgraph entry, producer and projections from it. */
export function defineService<N extends string>(spec: ServiceSpec<N>): ServiceDefinition<N> {
  if (spec.publishes && !spec.eventStore) throw new Error(`Service ${spec.name} publishes events but declares no event store`);
  const storeOptions = spec.eventStore && { schema: spec.schema, upcasters: [...(spec.eventStore.upcasters ?? [])] };
  return {
    ...spec,
    openStore: storeOptions ? (db) => createEventStore(db, storeOptions) : null,
    schemaMigrations: [
      ...(spec.eventStore ? eventStoreMigrations(spec.schema) : []),
      ...spec.migrations,
      ...(spec.projections.length ? projectionMigrations(spec.schema) : []),
    ],
  };
}
