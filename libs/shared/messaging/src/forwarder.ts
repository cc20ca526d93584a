import type { Database, Sql } from '@par/database';
import type { EventStore, EventStoreInternals, StoredEvent } from '@par/event-store';
import { HEADERS, type MessageBus, type OutgoingMessage } from './bus';
import { forwardedCounter } from './metrics';

export interface ForwarderOptions {
  /** Checkpoint name, unique per store (one running instance holds it at a time). */
  name: string;
  db: Database;
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

/** Standard message for an event: topic given, key = stream id, the standard headers, value = the event. */
export function eventMessage(topic: string, e: StoredEvent): OutgoingMessage {
  const headers: Record<string, string> = {
    [HEADERS.province]: e.province,
    [HEADERS.eventType]: e.type,
    [HEADERS.schemaVersion]: String(e.schemaVersion),
    [HEADERS.correlationId]: e.correlationId,
    [HEADERS.eventId]: e.id,
  };
  if (e.causationId) headers[HEADERS.causationId] = e.causationId;
  return { topic, key: e.streamId, value: e, headers };
}

/**
 * Checkpointed forwarder (at-least-once): in one system transaction it takes an advisory lock for its
 * name, reads the store in global order after the saved checkpoint, publishes, then saves the checkpoint.
 * A crash between publish and commit republishes the batch; consumers are idempotent on the event id.
 */
export async function startForwarder(opts: ForwarderOptions): Promise<Forwarder> {
  const { db, store, bus, name } = opts;
  const schema = store.schema;
  const batchSize = opts.batchSize ?? 500;
  const poll = opts.pollIntervalMs ?? 200;
  const internals = store as Partial<EventStoreInternals>;
  const onError = opts.onError ?? ((e: unknown) => console.error(`[forwarder ${name}]`, e));
  await db.asSystem((tx) =>
    tx.query(`INSERT INTO ${schema}.forwarder_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [name]),
  );

  const read = (tx: Sql, after: string | null) =>
    internals.readAllIn ? internals.readAllIn(tx, after, batchSize) : store.readAll({ after, limit: batchSize });

  /** One batch; returns the number of events read, or -1 when another instance holds the lock. */
  const cycle = () =>
    db.asSystem(async (tx) => {
      const { rows: lk } = await tx.query<{ ok: boolean }>(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS ok`, [
        `par:forwarder:${schema}:${name}`,
      ]);
      if (!lk[0]?.ok) return -1;
      const { rows } = await tx.query<{ checkpoint: string | null }>(
        `SELECT checkpoint FROM ${schema}.forwarder_checkpoints WHERE name = $1`,
        [name],
      );
      const page = await read(tx, rows[0]?.checkpoint ?? null);
      if (page.events.length === 0) return 0;
      const messages = page.events.map(opts.toMessage).filter((m): m is OutgoingMessage => m !== null);
      if (messages.length > 0) await bus.publish(messages);
      await tx.query(`UPDATE ${schema}.forwarder_checkpoints SET checkpoint = $2, updated_at = now() WHERE name = $1`, [
        name,
        page.checkpoint,
      ]);
      forwardedCounter.inc({ forwarder: name }, page.events.length);
      return page.events.length;
    });

  let stopped = false;
  let wakeUp: (() => void) | null = null;

  const loop = (async () => {
    while (!stopped) {
      let n: number;
      try {
        n = await cycle();
      } catch (e) {
        onError(e);
        n = -2;
      }
      if (n < batchSize && !stopped) {
        await new Promise<void>((r) => {
          wakeUp = r;
          setTimeout(r, n === -2 ? Math.max(poll, 1000) : poll);
        });
        wakeUp = null;
      }
    }
  })();

  /** Events committed at or below `target` that the saved checkpoint has not passed yet. */
  const unpublished = (target: string) =>
    db.asSystem(async (tx) => {
      const { rows } = await tx.query<{ checkpoint: string | null }>(
        `SELECT checkpoint FROM ${schema}.forwarder_checkpoints WHERE name = $1`,
        [name],
      );
      const after = rows[0]?.checkpoint ?? null;
      if (internals.countUnread) return internals.countUnread(tx, after, target);
      return (await read(tx, after)).events.length; // a store without internals: anything readable is pending
    });

  return {
    async stop() {
      stopped = true;
      wakeUp?.();
      await loop;
    },
    async drain(timeoutMs = 60_000) {
      const target = internals.headPosition ? await db.asSystem((tx) => internals.headPosition!(tx)) : '0';
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const left = await unpublished(target);
        if (left === 0) return;
        if (stopped) throw new Error(`Forwarder ${name} stopped with ${left} event(s) committed before drain() unpublished`);
        if (Date.now() >= deadline) {
          throw new Error(`Forwarder ${name}: ${left} event(s) committed before drain() still unpublished after ${timeoutMs} ms`);
        }
        wakeUp?.();
        await new Promise((r) => setTimeout(r, Math.min(poll, 50)));
      }
    },
  };
}
