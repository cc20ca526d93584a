import type { OutgoingMessage, SubscribeOptions, Subscription } from '../bus';
import { handleFetched, maxBatchOf } from '../batch';
import { consumerLagGauge } from '../metrics';
import { claimTopic, groupLag, joinGroup, leaveGroup } from './consumer-group';
import { incomingAt, topicLog, type InProcessState } from './topic-logs';

/** One member of a consumer group, and the state of its consuming loop. */
interface Member {
  state: InProcessState;
  o: SubscribeOptions;
  maxRetries: number;
  groupOffsets: Map<string, number>;
  publish: (messages: OutgoingMessage[]) => Promise<void>;
  stopped: boolean;
  /** Ends the current wait for new messages, if any. */
  notify: (() => void) | null;
}

/**
 * Joins the group and consumes until closed: each owned topic from the committed offset, failing
 * messages retried then sent to the DLQ. The subscription is in `open` until it is closed.
 */
export function startInProcessSubscription(
  state: InProcessState,
  o: SubscribeOptions,
  publish: (messages: OutgoingMessage[]) => Promise<void>,
  open: Set<Subscription>,
): Subscription {
  const identity = {};
  const c: Member = {
    state,
    o,
    maxRetries: o.maxRetries ?? 3,
    groupOffsets: joinGroup(state, o, identity),
    publish,
    stopped: false,
    notify: null,
  };
  const onWake = () => c.notify?.();
  for (const t of o.topics) state.wake.on(t, onWake);
  const loop = consumeUntilStopped(c, identity);

  const sub: Subscription = {
    async close() {
      if (c.stopped) return;
      c.stopped = true;
      c.notify?.();
      for (const t of o.topics) state.wake.off(t, onWake);
      await loop;
      leaveGroup(state, o.groupId, o.topics, identity);
      open.delete(sub);
    },
    async lag() {
      return groupLag(state, o.topics, c.groupOffsets);
    },
  };
  open.add(sub);
  return sub;
}

async function consumeUntilStopped(c: Member, identity: object): Promise<void> {
  while (!c.stopped) {
    let progressed = false;
    for (const t of c.o.topics) {
      if (claimTopic(c.state, c.o.groupId, t, identity) && (await drainTopic(c, t))) progressed = true;
    }
    consumerLagGauge.set({ group: c.o.groupId, bus: 'in-process' }, groupLag(c.state, c.o.topics, c.groupOffsets));
    if (!progressed && !c.stopped) await newMessagesOrTimeout(c);
  }
}

/** Handles the topic's messages from the committed offset to the end, in batches as `handleFetched` does; whether any was committed. */
async function drainTopic(c: Member, topic: string): Promise<boolean> {
  const log = topicLog(c.state, topic);
  const fetched = { o: c.o, maxRetries: c.maxRetries, isClosed: () => c.stopped, publish: c.publish };
  let offset = c.groupOffsets.get(topic) ?? 0;
  let progressed = false;
  while (!c.stopped && offset < log.length) {
    const end = Math.min(log.length, offset + maxBatchOf(c.o));
    const batch = Array.from({ length: end - offset }, (_, i) => incomingAt(topic, offset + i, log[offset + i]!));
    const handled = await handleFetched(fetched, batch);
    if (handled === 0) break; // closed during a failure: not committed, redelivered to the next member
    offset += handled;
    c.groupOffsets.set(topic, offset);
    progressed = true;
    if (handled < batch.length) break;
  }
  return progressed;
}

async function newMessagesOrTimeout(c: Member): Promise<void> {
  await new Promise<void>((resolve) => {
    c.notify = resolve;
    setTimeout(resolve, 200); // also re-checks ownership after another member left
  });
  c.notify = null;
}
