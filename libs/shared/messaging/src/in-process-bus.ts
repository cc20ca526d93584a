import type { MessageBus, OutgoingMessage, SubscribeOptions, Subscription } from './bus';
import { startInProcessSubscription } from './in-process/in-process-subscription';
import { appendToLogs, createInProcessState } from './in-process/topic-logs';

/**
 * Kafka-like bus in memory: each topic is one partition whose log is retained; consumer groups keep
 * committed offsets; a group with several members delivers through one member at a time (like one
 * partition). Failing messages are retried, then published to `${topic}.dlq`. At-least-once.
 */
export function createInProcessBus(): MessageBus {
  const state = createInProcessState();
  const open = new Set<Subscription>();
  let closed = false;

  async function publish(messages: OutgoingMessage[]): Promise<void> {
    if (closed) throw new Error('Bus is closed');
    appendToLogs(state, messages);
  }

  async function subscribe(o: SubscribeOptions): Promise<Subscription> {
    if (closed) throw new Error('Bus is closed');
    return startInProcessSubscription(state, o, publish, open);
  }

  return {
    publish,
    subscribe,
    async ping() {
      if (closed) throw new Error('Bus is closed');
    },
    async close() {
      await Promise.all([...open].map((s) => s.close()));
      closed = true;
    },
  };
}
