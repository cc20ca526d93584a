import type { Database } from '@par/database';
import type { EventStore, StoredEvent } from '@par/event-store';
import type { OutgoingMessage } from '@par/messaging';
import type { ProjectionSpec } from '../projection-spec';

/** A service that writes an event store and publishes its events as contracts on one topic. */
export interface EventProducer {
  readonly service: string;
  readonly schema: string;
  readonly topic: string;
  /** The producer's forwarder mapping: stored event → published contract (null: not published). */
  readonly toMessage: (e: StoredEvent) => OutgoingMessage | null;
  /** Opens the store exactly as the running service does (same schema and upcasters). */
  readonly openStore: (db: Database) => EventStore;
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
