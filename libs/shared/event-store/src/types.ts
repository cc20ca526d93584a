import type { ProvinceId, RequestContext } from '@par/kernel';

export interface NewEvent<T = unknown> {
  type: string;
  data: T;
  /** Default 1. */
  schemaVersion?: number;
  /** uuid; give one to make retries idempotent (an id already stored in the stream is not appended twice). */
  id?: string;
  reason?: string | null;
}

/** Last version (0 = empty stream), 'no_stream' (must not exist yet) or 'any'. */
export type ExpectedVersion = number | 'no_stream' | 'any';

export interface AppendOptions {
  expectedVersion: ExpectedVersion;
  context: RequestContext;
  occurredAt: Date;
}

export interface StoredEventActor {
  id: string;
  name?: string;
  roles: string[];
  unitId?: string;
}

export interface StoredEvent<T = unknown> {
  id: string;
  streamId: string;
  streamVersion: number;
  /** bigint as decimal string. */
  globalPosition: string;
  type: string;
  schemaVersion: number;
  data: T;
  province: ProvinceId;
  actor: StoredEventActor;
  occurredAt: string;
  recordedAt: string;
  reason: string | null;
  correlationId: string;
  causationId: string | null;
  hash: string;
  prevHash: string | null;
}

export interface Upcaster {
  type: string;
  /** Upcasts data stored with this schema version to fromVersion + 1. */
  fromVersion: number;
  upcast(data: unknown): unknown;
}

export interface ReadStreamOptions {
  fromVersion?: number;
  toVersion?: number;
  /** Time travel: only events recorded at or before this instant. */
  asOf?: Date;
}

/** A filtered read of a province's events for audit histories (see `EventStore.readHistory`). */
export interface HistoryQuery {
  /** One stream only. */
  streamId?: string;
  /** Streams whose id starts with this (e.g. every unit of a cycle). */
  streamIdPrefix?: string;
  /** Events recorded by this actor (the verified token's subject). */
  actorId?: string;
  /** Events whose `data[name]` is one of `values` or starts with one of `prefixes` (text comparison). */
  dataField?: { name: string; values?: readonly string[]; prefixes?: readonly string[] };
  /** Only events recorded strictly after this instant. */
  recordedAfter?: Date;
  /** Only events recorded at or before this instant (as of a moment). */
  recordedAtOrBefore?: Date;
  order: 'asc' | 'desc';
  /** The `endCursor` of the previous page; null or absent for the first. */
  after?: string | null;
  /** Page size, capped at MAX_HISTORY_PAGE (200). */
  limit: number;
}

export interface HistoryPage {
  events: StoredEvent[];
  /** Opaque cursor of the last event returned (the one given when the page is empty). */
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface StreamInfo {
  streamId: string;
  version: number;
  updatedAt: string;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken?: { streamId: string; streamVersion: number; eventId: string; expectedHash: string; actualHash: string };
}

/** A stream's last version and the hash of its last event, as exported for an anchor. */
export interface StreamHead {
  streamId: string;
  version: number;
  hash: string;
}

/** An anchored head the store no longer matches: the event is gone (`actualHash` null) or carries another hash. */
export interface AnchorMismatch {
  streamId: string;
  version: number;
  expectedHash: string;
  actualHash: string | null;
}

export interface EventStore {
  readonly schema: string;
  /**
   * Appends atomically; ConcurrencyConflictError (from @par/kernel) naming stream and versions on mismatch;
   * an event whose id is already stored in that stream is not appended twice (idempotent retry).
   */
  append(streamId: string, events: NewEvent[], opts: AppendOptions): Promise<{ nextExpectedVersion: number; events: StoredEvent[] }>;
  readStream(province: ProvinceId, streamId: string, opts?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** Several streams in one round trip, each from version 1 up to its `toVersion`, in stream id then version order. */
  readStreamsUpTo(province: ProvinceId, streams: readonly { streamId: string; toVersion: number }[]): Promise<StoredEvent[]>;
  /** Streams of a province whose id starts with a prefix, ordered by id (keyset paging with `after`). */
  listStreams(province: ProvinceId, prefix: string, opts?: { after?: string; limit?: number }): Promise<StreamInfo[]>;
  /**
   * A page of a province's events in global order, oldest or newest first, filtered (stream, stream prefix, actor,
   * data field, recording time), with a keyset cursor that is stable across concurrent appends.
   */
  readHistory(province: ProvinceId, query: HistoryQuery): Promise<HistoryPage>;
  /** Catch-up read in global order for system readers; never skips an event committed late by a concurrent tx. */
  readAll(opts: { after: string | null; limit: number }): Promise<{ events: StoredEvent[]; checkpoint: string | null }>;
  /** Tamper evidence: recompute the per-stream hash chain; report the first broken link. */
  verify(province: ProvinceId, streamId?: string): Promise<VerifyResult>;
  /** The heads of a province's streams (for an anchor kept outside the database). */
  heads(province: ProvinceId): Promise<StreamHead[]>;
  /** Anchored heads that the store no longer matches (deleted stream, cut tail, rewritten event). */
  checkHeads(province: ProvinceId, anchored: readonly StreamHead[]): Promise<AnchorMismatch[]>;
}
