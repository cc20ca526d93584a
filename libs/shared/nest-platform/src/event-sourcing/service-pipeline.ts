import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Database, Migration, Sql } from '@par/database';
import type { EventStore, StoredEvent } from '@par/event-store';
import { projectionMigrations, startForwarder, startProjection, type IncomingMessage, type MessageBus, type OutgoingMessage } from '@par/messaging';

export interface PipelineSpec {
  readonly service: string;
  readonly schema: string;
  readonly migrations: readonly Migration[];
  /** Store → Kafka forwarding of this service's own events (contracts mapping). */
  readonly forward?: { store: EventStore; toMessage: (e: StoredEvent) => OutgoingMessage | null };
  /** Consumers feeding this service's read models. */
  readonly projections: readonly { name: string; topics: string[]; handle: (tx: Sql, m: IncomingMessage) => Promise<void> }[];
}

/** Starts a service's migrations, forwarder and projections at boot and stops them at shutdown. */
export class ServicePipeline implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly stops: (() => Promise<void>)[] = [];
  private drainForwarder: (() => Promise<void>) | undefined;
  private readonly log: Logger;

  constructor(
    private readonly db: Database,
    private readonly bus: MessageBus,
    private readonly spec: PipelineSpec,
  ) {
    this.log = new Logger(`${spec.service}-pipeline`);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.db.migrate(this.spec.schema, [
      ...this.spec.migrations,
      ...(this.spec.projections.length ? projectionMigrations(this.spec.schema) : []),
    ]);
    for (const p of this.spec.projections) {
      const handle = await startProjection({ name: `${this.spec.service}.${p.name}`, schema: this.spec.schema, db: this.db, bus: this.bus, topics: p.topics, handle: p.handle });
      this.stops.push(() => handle.stop());
    }
    if (this.spec.forward) {
      const fwd = await startForwarder({
        name: `${this.spec.service}.forwarder`,
        db: this.db,
        store: this.spec.forward.store,
        bus: this.bus,
        toMessage: this.spec.forward.toMessage,
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
