export type {
  NewEvent,
  ExpectedVersion,
  AppendOptions,
  StoredEvent,
  StoredEventActor,
  EventStore,
  Upcaster,
  ReadStreamOptions,
  StreamInfo,
  VerifyResult,
  StreamHead,
  AnchorMismatch,
} from './types';
export { createEventStore } from './event-store';
export type { CreateEventStoreOptions, EventStoreInternals } from './event-store';
export { eventStoreMigrations } from './migrations';
export { canonicalJson, eventHash } from './hash';
export type { HashedEnvelope } from './hash';
