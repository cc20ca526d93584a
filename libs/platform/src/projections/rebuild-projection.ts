import { assertIdent, type Database } from '@par/database';
import { provinceId, type ProvinceId } from '@par/kernel';
import { clearProcessed, HEADERS, markProcessed, projectionLockKey, type IncomingMessage } from '@par/messaging';
import type { RegisteredProjection } from './projection-registry';

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
  const batchSize = Math.max(1, Math.floor(opts.batchSize ?? 500));
  const started = Date.now();

  await assertTablesExist(db, [
    ...p.spec.owns.map((t) => `${schema}.${assertIdent(t, 'table name')}`),
    `${schema}.processed_events`,
    ...p.producers.map((pr) => `${assertIdent(pr.schema, 'schema name')}.events`),
  ]);

  return db.withExclusiveLock(projectionLockKey(schema), async (lock) => {
    const cleared: Record<string, number> = {};
    const clearedProcessed = await db.asSystem(async (tx) => {
      for (const t of p.spec.owns) {
        const r = await tx.query(`DELETE FROM ${schema}.${t} WHERE ($1::text IS NULL OR province = $1)`, [only]);
        cleared[`${schema}.${t}`] = r.rowCount;
      }
      return clearProcessed(tx, schema, p.name, only ?? undefined);
    });

    let read = 0;
    let applied = 0;
    let notPublished = 0;
    const failed: RebuildSummary['failed'] = [];
    let batches = 0;
    for (const producer of p.producers) {
      const store = producer.openStore(db);
      const total = await db.asSystem(async (tx) => {
        const { rows } = await tx.query<{ n: string }>(
          `SELECT count(*)::text AS n FROM ${producer.schema}.events WHERE ($1::text IS NULL OR province = $1)`,
          [only],
        );
        return Number(rows[0]?.n ?? 0);
      });
      let readHere = 0;
      const report = () => {
        const elapsedMs = Date.now() - started;
        opts.onProgress?.({
          projection: p.name,
          producer: producer.service,
          read: readHere,
          total,
          applied,
          elapsedMs,
          eventsPerSecond: elapsedMs > 0 ? Math.round((readHere * 1000) / elapsedMs) : 0,
        });
      };
      report();
      let after: string | null = null;
      for (;;) {
        await lock.assertHeld(); // a lost lock would let the live consumers interleave with the replay
        const page = await store.readAll({ after, limit: batchSize });
        if (page.events.length === 0) break;
        after = page.checkpoint;
        batches += 1;
        // Per province, in global order; provinces are independent (every read-model key starts with it).
        const byProvince = new Map<ProvinceId, IncomingMessage[]>();
        for (const e of page.events) {
          if (only && e.province !== only) continue;
          readHere += 1;
          const out = producer.toMessage(e);
          if (!out || !p.spec.topics.includes(out.topic)) {
            notPublished += 1;
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
        for (const [province, messages] of byProvince) {
          applied += await db.withProvince(province, async (tx) => {
            let n = 0;
            for (const m of messages) {
              const eventId = m.headers[HEADERS.eventId] || `${m.topic}/${m.partition}/${m.offset}`;
              // one savepoint per event: an event the handler refuses is skipped, not the whole batch
              await tx.query('SAVEPOINT rebuild_event');
              try {
                if (await markProcessed(tx, schema, p.name, province, eventId)) {
                  await p.spec.handle(tx, m);
                  n += 1;
                }
                await tx.query('RELEASE SAVEPOINT rebuild_event');
              } catch (e) {
                await tx.query('ROLLBACK TO SAVEPOINT rebuild_event');
                failed.push({ eventId, error: e instanceof Error ? e.message : String(e) });
              }
            }
            return n;
          });
        }
        report();
      }
      read += readHere;
    }
    const durationMs = Date.now() - started;
    return {
      projection: p.name,
      schema,
      province: only,
      producers: p.producers.map((x) => x.service),
      cleared,
      clearedProcessed,
      read,
      applied,
      notPublished,
      failed,
      batches,
      durationMs,
      eventsPerSecond: durationMs > 0 ? Math.round((read * 1000) / durationMs) : 0,
    };
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
