import { EventEmitter } from 'node:events';
import {
  dlqMessage,
  handleWithRetries,
  type IncomingMessage,
  type MessageBus,
  type OutgoingMessage,
  type SubscribeOptions,
  type Subscription,
} from './bus';
import { consumerLagGauge, deadLetteredCounter } from './metrics';

interface Stored {
  key: string;
  value: string; // JSON, so consumers get a copy like from Kafka
  headers: Record<string, string>;
}

/**
 * Kafka-like bus in memory: each topic is one partition whose log is retained; consumer groups keep
 * committed offsets; a group with several members delivers through one member at a time (like one
 * partition). Failing messages are retried, then published to `${topic}.dlq`. At-least-once.
 */
export function createInProcessBus(): MessageBus {
  const logs = new Map<string, Stored[]>();
  const offsets = new Map<string, Map<string, number>>(); // group -> topic -> next offset
  const owners = new Map<string, object>(); // `${group}\u0000${topic}` -> member that consumes it
  const wake = new EventEmitter();
  wake.setMaxListeners(0);
  const subs = new Set<{ close(): Promise<void> }>();
  let closed = false;

  const log = (topic: string) => {
    let l = logs.get(topic);
    if (!l) logs.set(topic, (l = []));
    return l;
  };

  async function publish(messages: OutgoingMessage[]): Promise<void> {
    if (closed) throw new Error('Bus is closed');
    const topics = new Set<string>();
    for (const m of messages) {
      log(m.topic).push({ key: m.key, value: JSON.stringify(m.value ?? null), headers: { ...m.headers } });
      topics.add(m.topic);
    }
    for (const t of topics) wake.emit(t);
  }

  async function subscribe(o: SubscribeOptions): Promise<Subscription> {
    if (closed) throw new Error('Bus is closed');
    const member = {};
    const maxRetries = o.maxRetries ?? 3;
    let groupOffsets = offsets.get(o.groupId);
    if (!groupOffsets) offsets.set(o.groupId, (groupOffsets = new Map()));
    for (const t of o.topics) {
      if (!groupOffsets.has(t)) groupOffsets.set(t, o.fromBeginning ? 0 : log(t).length);
      const k = `${o.groupId}\u0000${t}`;
      if (!owners.has(k)) owners.set(k, member);
    }
    let stopped = false;
    let notify: (() => void) | null = null;
    const onWake = () => notify?.();
    for (const t of o.topics) wake.on(t, onWake);

    const lagNow = () => o.topics.reduce((sum, t) => sum + Math.max(0, log(t).length - (groupOffsets.get(t) ?? 0)), 0);

    const loop = (async () => {
      while (!stopped) {
        let progressed = false;
        for (const t of o.topics) {
          const k = `${o.groupId}\u0000${t}`;
          if (!owners.has(k)) owners.set(k, member);
          if (owners.get(k) !== member) continue;
          const l = log(t);
          let off = groupOffsets.get(t) ?? 0;
          while (!stopped && off < l.length) {
            const s = l[off]!;
            const m: IncomingMessage = {
              topic: t,
              partition: 0,
              offset: String(off),
              key: s.key,
              value: JSON.parse(s.value) as unknown,
              headers: { ...s.headers },
            };
            const failure = await handleWithRetries(o.handle, m, maxRetries, () => stopped);
            if (failure && stopped) break; // not committed: redelivered to the next member
            if (failure) {
              await publish([dlqMessage(m, failure)]);
              deadLetteredCounter.inc({ group: o.groupId, topic: t });
            }
            off += 1;
            groupOffsets.set(t, off);
            progressed = true;
          }
        }
        consumerLagGauge.set({ group: o.groupId, bus: 'in-process' }, lagNow());
        if (!progressed && !stopped) {
          await new Promise<void>((resolve) => {
            notify = resolve;
            setTimeout(resolve, 200); // also re-checks ownership after another member left
          });
          notify = null;
        }
      }
    })();

    const sub = {
      async close() {
        if (stopped) return;
        stopped = true;
        notify?.();
        for (const t of o.topics) wake.off(t, onWake);
        await loop;
        for (const t of o.topics) {
          const k = `${o.groupId}\u0000${t}`;
          if (owners.get(k) === member) owners.delete(k);
        }
        subs.delete(sub);
      },
      async lag() {
        return lagNow();
      },
    };
    subs.add(sub);
    return sub;
  }

  return {
    publish,
    subscribe,
    async close() {
      await Promise.all([...subs].map((s) => s.close()));
      closed = true;
    },
  };
}
