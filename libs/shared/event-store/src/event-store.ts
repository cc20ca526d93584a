import { provinceId } from '@par/kernel';
import { assertIdent, type Database, type Sql } from '@par/database';
import type { EventRow } from './event-row';
import { appendEvents } from './append/append';
import { countUnread, headPosition, readAllIn } from './read/read-all';
import { listStreams, readStream, readStreamsUpTo } from './read/read-streams';
import { readHistory } from './read/read-history';
import { storedEventOf, upcasterIndex } from './read/stored-event';
import { verifyChain } from './verify-chain';
import { checkHeads, readHeads } from './anchor';
import type { EventStore, StoredEvent, Upcaster } from './types';

export interface CreateEventStoreOptions {
  schema: string;
  upcasters?: Upcaster[];
}

/**
 * The event store of one schema: appends (append/), reads (read/), hash-chain verification (verify-chain) and
 * head anchors (anchor). This file only wires them to the database.
 */
export function createEventStore(db: Database, opts: CreateEventStoreOptions): EventStore & EventStoreInternals {
  const s = assertIdent(opts.schema, 'schema name');
  const upcasters = upcasterIndex(opts.upcasters);
  const toStored = (r: EventRow): StoredEvent => storedEventOf(upcasters, r);
  const inTx = (tx: Sql, after: string | null, limit: number) => readAllIn(tx, s, toStored, after, limit);
  return {
    schema: s,
    append: (streamId, events, o) => appendEvents({ db, schema: s, toStored }, streamId, events, o),
    readStream: (province, streamId, ro) => readStream(db, s, toStored, province, streamId, ro),
    readStreamsUpTo: (province, streams) => readStreamsUpTo(db, s, toStored, province, streams),
    readHistory: (province, q) => readHistory(db, s, toStored, province, q),
    listStreams: (province, prefix, lo) => listStreams(db, s, province, prefix, lo),
    readAll: ({ after, limit }) => db.asSystem((tx) => inTx(tx, after, limit)),
    readAllIn: inTx,
    headPosition: (tx) => headPosition(tx, s),
    countUnread: (tx, after, upToPosition) => countUnread(tx, s, after, upToPosition),
    verify: async (province, streamId) => {
      const p = provinceId(province);
      return db.withProvince(p, (tx) => verifyChain(tx, s, p, streamId));
    },
    heads: async (province) => {
      const p = provinceId(province);
      return db.withProvince(p, (tx) => readHeads(tx, s, p));
    },
    checkHeads: async (province, anchored) => {
      const p = provinceId(province);
      return db.withProvince(p, (tx) => checkHeads(tx, s, p, anchored));
    },
  };
}

/** Used by the outbox forwarder (`outbox/forwarder.ts`) to read inside its own system transaction; not public. */
export interface EventStoreInternals {
  readAllIn(tx: Sql, after: string | null, limit: number): Promise<{ events: StoredEvent[]; checkpoint: string | null }>;
  /** Highest global position committed and visible to `tx` ('0' when empty). */
  headPosition(tx: Sql): Promise<string>;
  /** Events at or below `upToPosition` that a reader at checkpoint `after` has not read yet. */
  countUnread(tx: Sql, after: string | null, upToPosition: string): Promise<number>;
}
