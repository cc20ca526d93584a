import { errorFields, platformLogger } from '@par/observability';
import type { Database, Sql } from '@par/database';
import type { MessageBus, OutgoingMessage } from '@par/messaging';
import type { EventStore, StoredEvent } from '../types';
import type { EventStoreInternals } from '../event-store';
import { forwardedCounter } from './forwarder-metrics';
import { storeInternals } from './store-internals';

export interface ForwarderOptions {
  /** Checkpoint name, unique per store (one running instance holds it at a time). */
  name: string;
  db: Database;
  /** A store made by `createEventStore` (the forwarder reads it inside its own transaction). */
  store: EventStore;
  bus: MessageBus;
  /** Message for an event, or null to skip it (the checkpoint still moves past it). */
  toMessage: (e: StoredEvent) => OutgoingMessage | null;
  pollIntervalMs?: number;
  batchSize?: number;
  onError?: (e: unknown) => void;
}

export interface Forwarder {
  stop(): Promise<void>;
  /**
   * Resolves when every event committed before the call has been published (checked against the saved
   * checkpoint, so a transaction still open elsewhere cannot make it return early); rejects after
   * `timeoutMs` (default 60 s), or when the forwarder stops first, naming how many events are still unpublished.
   */
  drain(timeoutMs?: number): Promise<void>;
}

/** The checkpoint row of one forwarder, and the batch step that moves it. */
class OutboxCheckpoint {
  constructor(
    private readonly opts: ForwarderOptions,
    private readonly internals: EventStoreInternals,
    private readonly batchSize: number,
  ) {}

  private get schema(): string {
    return this.opts.store.schema;
  }

  async ensure(): Promise<void> {
    await this.opts.db.asSystem((tx) =>
      tx.query(`INSERT INTO ${this.schema}.forwarder_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [this.opts.name]),
    );
  }

  async saved(tx: Sql): Promise<string | null> {
    const { rows } = await tx.query<{ checkpoint: string | null }>(
      `SELECT checkpoint FROM ${this.schema}.forwarder_checkpoints WHERE name = $1`,
      [this.opts.name],
    );
    return rows[0]?.checkpoint ?? null;
  }

  /** One batch; returns the number of events read, or -1 when another instance holds the lock. */
  forwardBatch(): Promise<number> {
    const { db, bus, name } = this.opts;
    return db.asSystem(async (tx) => {
      const { rows: lk } = await tx.query<{ ok: boolean }>(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS ok`, [
        `par:forwarder:${this.schema}:${name}`,
      ]);
      if (!lk[0]?.ok) return -1;
      const page = await this.internals.readAllIn(tx, await this.saved(tx), this.batchSize);
      if (page.events.length === 0) return 0;
      const messages = page.events.map(this.opts.toMessage).filter((m): m is OutgoingMessage => m !== null);
      if (messages.length > 0) await bus.publish(messages);
      await tx.query(`UPDATE ${this.schema}.forwarder_checkpoints SET checkpoint = $2, updated_at = now() WHERE name = $1`, [
        name,
        page.checkpoint,
      ]);
      forwardedCounter.inc({ forwarder: name }, page.events.length);
      return page.events.length;
    });
  }

  /** Events committed at or below `target` that the saved checkpoint has not passed yet. */
  unpublished(target: string): Promise<number> {
    return this.opts.db.asSystem(async (tx) => this.internals.countUnread(tx, await this.saved(tx), target));
  }

  head(): Promise<string> {
    return this.opts.db.asSystem((tx) => this.internals.headPosition(tx));
  }
}

/**
 * Checkpointed forwarder (at-least-once): in one system transaction it takes an advisory lock for its
 * name, reads the store in global order after the saved checkpoint, publishes, then saves the checkpoint.
 * A crash between publish and commit republishes the batch; consumers are idempotent on the event id.
 */
export async function startForwarder(opts: ForwarderOptions): Promise<Forwarder> {
  const batchSize = opts.batchSize ?? 500;
  const poll = opts.pollIntervalMs ?? 200;
  const onError =
    opts.onError ?? ((e: unknown) => platformLogger('forwarder').error({ forwarder: opts.name, ...errorFields(e) }, 'forwarding failed'));
  const checkpoint = new OutboxCheckpoint(opts, storeInternals(opts.store), batchSize);
  await checkpoint.ensure();

  let stopped = false;
  let wakeUp: (() => void) | null = null;
  const loop = (async () => {
    while (!stopped) {
      const n = await checkpoint.forwardBatch().catch((e: unknown) => (onError(e), -2));
      if (n < batchSize && !stopped) {
        await new Promise<void>((r) => {
          wakeUp = r;
          setTimeout(r, n === -2 ? Math.max(poll, 1000) : poll);
        });
        wakeUp = null;
      }
    }
  })();

  return {
    async stop() {
      stopped = true;
      wakeUp?.();
      await loop;
    },
    async drain(timeoutMs = 60_000) {
      const target = await checkpoint.head();
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const left = await checkpoint.unpublished(target);
        if (left === 0) return;
        if (stopped) throw new Error(`Forwarder ${opts.name} stopped with ${left} event(s) committed before drain() unpublished`);
        if (Date.now() >= deadline) {
          throw new Error(`Forwarder ${opts.name}: ${left} event(s) committed before drain() still unpublished after ${timeoutMs} ms`);
        }
        wakeUp?.();
        await new Promise((r) => setTimeout(r, Math.min(poll, 50)));
      }
    },
  };
}
