import { assertIdent, type Database, type HeldLock } from '@par/database';
import { provinceId, type ProvinceId } from '@par/kernel';
import { HEADERS, type IncomingMessage } from '@par/messaging';
import type { StoredEvent } from '@par/event-store';
import { clearProcessed, markProcessed } from '../projection-spec';
import { projectionLockKey } from '../projection-lock';
import type { EventProducer, RegisteredProjection } from './registered-projection';

export interface RebuildProgress {
  projection: string;
  producer: string;
  /** Stored events read from the producer's store so far / in the store when the rebuild started. */
  read: number;
  total: number;
  /** Published events applied to the read model so far. */
  applied: number;
  elapsedMs: number;
  eventsPerSecond: number;
}

export interface RebuildSummary {
  projection: string;
  schema: string;
  province: string | null;
  producers: string[];
  /** Rows deleted per owned table, and bookkeeping rows (`processed_events`) deleted. */
  cleared: Record<string, number>;
  clearedProcessed: number;
  read: number;
  applied: number;
  /** Stored events the producer does not publish (its forwarder skips them too). */
  notPublished: number;
  /**
   * Events the projection's handler refuses (the live consumer dead-letters them): skipped, not marked
   * processed, listed here, so the rebuild still equals the live read model.
   */
  failed: { eventId: string; error: string }[];
  batches: number;
  durationMs: number;
  eventsPerSecond: number;
}

export interface RebuildOptions {
  /** Only this province (its rows are cleared and only its events replayed). */
  province?: string;
  /** Stored events read per batch; each batch commits one transaction per province (default 500). */
  batchSize?: number;
  onProgress?: (p: RebuildProgress) => void;
}

/** Counters of one rebuild, shared by its steps. */
interface Replay {
  readonly db: Database;
  readonly p: RegisteredProjection;
  readonly schema: string;
  readonly only: ProvinceId | null;
  readonly batchSize: number;
  readonly started: number;
  readonly onProgress: RebuildOptions['onProgress'];
  read: number;
  applied: number;
  notPublished: number;
  batches: number;
  readonly failed: RebuildSummary['failed'];
}

/**
 * Rebuilds one projection from zero from the SOURCE OF TRUTH (the producers' event stores, not Kafka):
 * 1. one system transaction deletes the rows of the tables the projection owns and its processed-event
 *    bookkeeping (all provinces, or one);
 * 2. the producer's store is read in global order (`readAll`, the forwarder's order), each stored event is
 *    mapped through the producer's published-contract mapper exactly as the forwarder does (JSON round trip
 *    as on the wire), and applied with the projection's own handler inside `db.withProvince(province)`,
 *    recording the event id as processed in the same transaction (so a later Kafka redelivery is skipped).
 * Batches commit one transaction per province. If interrupted, run it again: it starts from zero.
 * The whole rebuild holds the exclusive side of `projectionLockKey(schema)`: the live consumers of the
 * service's projections (any process on this database) finish the message in hand, then wait; afterwards they
 * resume from their Kafka offsets and skip what the rebuild applied (same processed-event ids). A second
 * rebuild in the same schema waits for the first. The rebuild stops if the lock is lost.
 */
export async function rebuildProjection(db: Database, p: RegisteredProjection, opts: RebuildOptions = {}): Promise<RebuildSummary> {
  const schema = assertIdent(p.schema, 'schema name');
  const only: ProvinceId | null = opts.province === undefined ? null : provinceId(opts.province);
  await assertTablesExist(db, [
    ...p.spec.owns.map((t) => `${schema}.${assertIdent(t, 'table name')}`),
    `${schema}.processed_events`,
    ...p.producers.map((pr) => `${assertIdent(pr.schema, 'schema name')}.events`),
  ]);
  const replay: Replay = {
    db,
    p,
    schema,
    only,
    batchSize: Math.max(1, Math.floor(opts.batchSize ?? 500)),
    started: Date.now(),
    onProgress: opts.onProgress,
    read: 0,
    applied: 0,
    notPublished: 0,
    batches: 0,
    failed: [],
  };
  return db.withExclusiveLock(projectionLockKey(schema), async (lock) => {
    const { cleared, clearedProcessed } = await clearReadModel(replay);
    for (const producer of p.producers) await replayProducer(replay, producer, lock);
    const durationMs = Date.now() - replay.started;
    return {
      projection: p.name,
      schema,
      province: only,
      producers: p.producers.map((x) => x.service),
      cleared,
      clearedProcessed,
      read: replay.read,
      applied: replay.applied,
      notPublished: replay.notPublished,
      failed: replay.failed,
      batches: replay.batches,
      durationMs,
      eventsPerSecond: durationMs > 0 ? Math.round((replay.read * 1000) / durationMs) : 0,
    };
  });
}

/** Deletes the owned tables' rows and the processed-event bookkeeping (all provinces, or one), as the system role. */
async function clearReadModel(r: Replay): Promise<{ cleared: Record<string, number>; clearedProcessed: number }> {
  const cleared: Record<string, number> = {};
  const clearedProcessed = await r.db.asSystem(async (tx) => {
    for (const t of r.p.spec.owns) {
      const res = await tx.query(`DELETE FROM ${r.schema}.${t} WHERE ($1::text IS NULL OR province = $1)`, [r.only]);
      cleared[`${r.schema}.${t}`] = res.rowCount;
    }
    return clearProcessed(tx, r.schema, r.p.name, r.only ?? undefined);
  });
  return { cleared, clearedProcessed };
}

/** Replays one producer's store in global order, batch by batch, reporting progress. */
async function replayProducer(r: Replay, producer: EventProducer, lock: HeldLock): Promise<void> {
  const store = producer.openStore(r.db);
  const total = await r.db.asSystem(async (tx) => {
    const { rows } = await tx.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM ${producer.schema}.events WHERE ($1::text IS NULL OR province = $1)`,
      [r.only],
    );
    return Number(rows[0]?.n ?? 0);
  });
  let readHere = 0;
  const report = () => {
    const elapsedMs = Date.now() - r.started;
    r.onProgress?.({
      projection: r.p.name,
      producer: producer.service,
      read: readHere,
      total,
      applied: r.applied,
      elapsedMs,
      eventsPerSecond: elapsedMs > 0 ? Math.round((readHere * 1000) / elapsedMs) : 0,
    });
  };
  report();
  let after: string | null = null;
  for (;;) {
    await lock.assertHeld(); // a lost lock would let the live consumers interleave with the replay
    const page = await store.readAll({ after, limit: r.batchSize });
    if (page.events.length === 0) break;
    after = page.checkpoint;
    r.batches += 1;
    const events = page.events.filter((e) => !r.only || e.province === r.only);
    readHere += events.length;
    for (const [province, messages] of groupByProvince(r, producer, events)) r.applied += await applyInProvince(r, province, messages);
    report();
  }
  r.read += readHere;
}

/**
 * Maps stored events to the messages the forwarder would publish (JSON round trip as on the wire), per province
 * in global order; provinces are independent (every read-model key starts with it).
 */
function groupByProvince(r: Replay, producer: EventProducer, events: readonly StoredEvent[]): Map<ProvinceId, IncomingMessage[]> {
  const byProvince = new Map<ProvinceId, IncomingMessage[]>();
  for (const e of events) {
    const out = producer.toMessage(e);
    if (!out || !r.p.spec.topics.includes(out.topic)) {
      r.notPublished += 1;
      continue;
    }
    const m: IncomingMessage = {
      topic: out.topic,
      partition: 0,
      offset: e.globalPosition,
      key: out.key,
      value: JSON.parse(JSON.stringify(out.value)) as unknown,
      headers: out.headers,
    };
    const province = provinceId(m.headers[HEADERS.province]);
    (byProvince.get(province) ?? byProvince.set(province, []).get(province)!).push(m);
  }
  return byProvince;
}

/** One transaction per province and batch; one savepoint per event, so an event the handler refuses is skipped, not the batch. */
function applyInProvince(r: Replay, province: ProvinceId, messages: readonly IncomingMessage[]): Promise<number> {
  return r.db.withProvince(province, async (tx) => {
    let n = 0;
    for (const m of messages) {
      const eventId = m.headers[HEADERS.eventId] || `${m.topic}/${m.partition}/${m.offset}`;
      await tx.query('SAVEPOINT rebuild_event');
      try {
        if (await markProcessed(tx, r.schema, r.p.name, province, eventId)) {
          await r.p.spec.handle(tx, m);
          n += 1;
        }
        await tx.query('RELEASE SAVEPOINT rebuild_event');
      } catch (e) {
        await tx.query('ROLLBACK TO SAVEPOINT rebuild_event');
        r.failed.push({ eventId, error: e instanceof Error ? e.message : String(e) });
      }
    }
    return n;
  });
}

async function assertTablesExist(db: Database, tables: string[]): Promise<void> {
  const missing = await db.asSystem(async (tx) => {
    const out: string[] = [];
    for (const t of tables) {
      const { rows } = await tx.query<{ r: string | null }>(`SELECT to_regclass($1)::text AS r`, [t]);
      if (!rows[0]?.r) out.push(t);
    }
    return out;
  });
  if (missing.length) {
    throw new Error(`Missing table(s) ${missing.join(', ')}: start the services once against this database (they run the migrations).`);
  }
}
