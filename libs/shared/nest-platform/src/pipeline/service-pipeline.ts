import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Database, Migration } from '@par/database';
import { startForwarder, type EventStore, type StoredEvent } from '@par/event-store';
import type { MessageBus, OutgoingMessage } from '@par/messaging';
import { startProjection, type ProjectionSpec } from '@par/projections';
import type { ServiceRuntime } from '../runtime/service-runtime';

export interface PipelineSpec {
  readonly service: string;
  readonly schema: string;
  /** Every migration of the schema, bookkeeping included (`ServiceDefinition.schemaMigrations`). */
  readonly migrations: readonly Migration[];
  /** Store → Kafka forwarding of this service's own events (contracts mapping). */
  readonly forward?: { store: EventStore; toMessage: (e: StoredEvent) => OutgoingMessage | null };
  /** Consumers feeding this service's read models. */
  readonly projections: readonly Pick<ProjectionSpec, 'name' | 'topics' | 'handle' | 'handleBatch'>[];
}

/** Starts a service's migrations, forwarder and projections at boot and stops them at shutdown. */
export class ServicePipeline implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly stops: (() => Promise<void>)[] = [];
  private drainForwarder: (() => Promise<void>) | undefined;
  private readonly log: Logger;

  private readonly db: Database;
  private readonly bus: MessageBus;

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly spec: PipelineSpec,
  ) {
    this.db = runtime.db;
    this.bus = runtime.bus;
    this.log = new Logger(`${spec.service}-pipeline`);
  }

  /** Topic names, isolated per test run when the runtime has a topic suffix. */
  private topic(name: string): string {
    return this.runtime.topicSuffix ? `${name}.${this.runtime.topicSuffix}` : name;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.db.migrate(this.spec.schema, [...this.spec.migrations]);
    for (const p of this.spec.projections) {
      const handle = await startProjection({
        name: `${this.spec.service}.${p.name}`,
        ...(this.runtime.topicSuffix && { groupId: `${this.spec.service}.${p.name}.${this.runtime.topicSuffix}` }),
        schema: this.spec.schema,
        db: this.db,
        bus: this.bus,
        topics: p.topics.map((t) => this.topic(t)),
        handle: p.handle,
        ...(p.handleBatch && { handleBatch: p.handleBatch }),
      });
      this.stops.push(() => handle.stop());
    }
    if (this.spec.forward) {
      const fwd = await startForwarder({
        name: `${this.spec.service}.forwarder`,
        db: this.db,
        store: this.spec.forward.store,
        bus: this.bus,
        toMessage: (e) => {
          const m = this.spec.forward!.toMessage(e);
          return m && { ...m, topic: this.topic(m.topic) };
        },
        pollIntervalMs: 50,
      });
      this.drainForwarder = () => fwd.drain();
      this.stops.push(() => fwd.stop());
    }
    this.log.log(`ready (schema ${this.spec.schema}, ${this.spec.projections.length} projection(s))`);
  }

  /** Resolves when every stored event has been handed to the bus. */
  async drain(): Promise<void> {
    await this.drainForwarder?.();
  }

  async onApplicationShutdown(): Promise<void> {
    for (const stop of this.stops.reverse()) await stop().catch((e: unknown) => this.log.warn(String(e)));
  }
}
