import { assertIdent, type Sql } from '@par/database';
import type { ProvinceId } from '@par/kernel';
import type { IncomingMessage } from '@par/messaging';

/**
 * What a service declares about one of its projections, so that the same object drives the live consumer
 * (`startProjection`) and a rebuild from the producers' event stores.
 */
export interface ProjectionSpec {
  /** Local name; the consumer group and the bookkeeping name is `<service>.<name>`. */
  readonly name: string;
  /** Topics consumed (unsuffixed); each maps to the producing service's event store and contract mapper. */
  topics: string[];
  /**
   * Read-model tables of the service's schema this projection OWNS: a rebuild deletes their rows (all
   * provinces, or one) before replaying. A table has exactly one owner.
   */
  readonly owns: readonly string[];
  /** Tables owned by another projection that the handler also writes (documentation; rebuild the owner after). */
  readonly alsoWrites?: readonly string[];
  /** One line for `par projections list`. */
  readonly description: string;
  /** Applies one message to the read model, inside the province transaction (RLS applies). */
  readonly handle: (tx: Sql, m: IncomingMessage) => Promise<void>;
  /**
   * Optional: applies several messages of one province at once, with the same result as `handle` on each in order
   * (see `ProjectionOptions.handleBatch`); the live consumer uses it for what the bus fetched together.
   */
  readonly handleBatch?: (tx: Sql, ms: readonly IncomingMessage[]) => Promise<void>;
}

/**
 * Records that `projection` processed `eventId` (the one bookkeeping INSERT, used by the live consumer, the
 * rebuild and the projection tests); false when it already had it, in which case the caller must not apply the
 * event again. Run inside the province's transaction.
 */
export async function markProcessed(tx: Sql, schema: string, projection: string, province: ProvinceId, eventId: string): Promise<boolean> {
  const s = assertIdent(schema, 'schema name');
  const r = await tx.query(
    `INSERT INTO ${s}.processed_events (province, projection, event_id) VALUES ($1, $2, $3)
     ON CONFLICT (province, projection, event_id) DO NOTHING`,
    [province, projection, eventId],
  );
  return r.rowCount > 0;
}

/**
 * `markProcessed` for several events in one statement: for each id, whether it was recorded now (false when the
 * projection had it already, or for a repeat of an id earlier in the list). Run inside the province's transaction.
 */
export async function markProcessedMany(
  tx: Sql,
  schema: string,
  projection: string,
  province: ProvinceId,
  eventIds: readonly string[],
): Promise<boolean[]> {
  const s = assertIdent(schema, 'schema name');
  const r = await tx.query<{ event_id: string }>(
    `INSERT INTO ${s}.processed_events (province, projection, event_id)
     SELECT $1, $2, e FROM unnest($3::text[]) AS e
     ON CONFLICT (province, projection, event_id) DO NOTHING RETURNING event_id`,
    [province, projection, [...eventIds]],
  );
  const recorded = new Set(r.rows.map((row) => row.event_id));
  return eventIds.map((id) => recorded.delete(id));
}

/**
 * Forgets which events one projection processed (all provinces, or one), so a rebuild can apply them again.
 * Kafka offsets (`projection_checkpoints`) are left alone: they describe the consumer group, not the read model.
 * Run as the system role for all provinces (RLS would hide the others); returns the number of rows deleted.
 */
export async function clearProcessed(tx: Sql, schema: string, projection: string, province?: ProvinceId): Promise<number> {
  const s = assertIdent(schema, 'schema name');
  const r = await tx.query(`DELETE FROM ${s}.processed_events WHERE projection = $1 AND ($2::text IS NULL OR province = $2)`, [
    projection,
    province ?? null,
  ]);
  return r.rowCount;
}
