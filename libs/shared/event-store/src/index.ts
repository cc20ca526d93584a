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
  HistoryQuery,
  HistoryPage,
  VerifyResult,
  StreamHead,
  AnchorMismatch,
} from './types';
export { createEventStore } from './event-store';
export { MAX_HISTORY_PAGE } from './read/read-history';
export type { CreateEventStoreOptions } from './event-store';
export { eventStoreMigrations } from './migrations';
export { canonicalJson, eventHash } from './hash';
export type { HashedEnvelope } from './hash';
export { runDecision, DEFAULT_DECISION_ATTEMPTS } from './command/run-decision';
export type { RunDecisionOptions, DecisionResult } from './command/run-decision';
export { startForwarder } from './outbox/forwarder';
export type { Forwarder, ForwarderOptions } from './outbox/forwarder';
export { contractMessage, eventMessage } from './outbox/contract-message';
export { forwardedCounter } from './outbox/forwarder-metrics';
