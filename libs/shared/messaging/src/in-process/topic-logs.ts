import { EventEmitter } from 'node:events';
import type { IncomingMessage, OutgoingMessage } from '../bus';

/** One retained message. The value is kept as JSON, so consumers get a copy like from Kafka. */
export interface StoredMessage {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** The in-process bus's memory, shared by its publisher and every subscription. */
export interface InProcessState {
  /** topic -> retained log (one partition). */
  logs: Map<string, StoredMessage[]>;
  /** group -> topic -> next offset (the committed offset). */
  offsets: Map<string, Map<string, number>>;
  /** ownerKey(group, topic) -> the member of the group that consumes the topic. */
  owners: Map<string, object>;
  /** Emits a topic's name when messages are appended to it. */
  wake: EventEmitter;
}

export function createInProcessState(): InProcessState {
  const wake = new EventEmitter();
  wake.setMaxListeners(0);
  return { logs: new Map(), offsets: new Map(), owners: new Map(), wake };
}

/** The topic's log, created empty on first use. */
export function topicLog(state: InProcessState, topic: string): StoredMessage[] {
  let log = state.logs.get(topic);
  if (!log) state.logs.set(topic, (log = []));
  return log;
}

/** Appends every message to its topic's log, then wakes the subscriptions of each topic once. */
export function appendToLogs(state: InProcessState, messages: OutgoingMessage[]): void {
  const topics = new Set<string>();
  for (const m of messages) {
    topicLog(state, m.topic).push({ key: m.key, value: JSON.stringify(m.value ?? null), headers: { ...m.headers } });
    topics.add(m.topic);
  }
  for (const t of topics) state.wake.emit(t);
}

/** The stored message at `offset` as a consumer receives it (a fresh copy). */
export function incomingAt(topic: string, offset: number, stored: StoredMessage): IncomingMessage {
  return {
    topic,
    partition: 0,
    offset: String(offset),
    key: stored.key,
    value: JSON.parse(stored.value) as unknown,
    headers: { ...stored.headers },
  };
}
