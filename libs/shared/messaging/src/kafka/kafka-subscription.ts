import type { OutgoingMessage, SubscribeOptions, Subscription } from '../bus';
import { consumeUntilStopped, type ConsumeLoop } from './consume-loop';
import { groupLagReader, startLagGauge } from './consumer-lag';
import type { KafkaBase } from './kafka-clients';

/** What a bus gives each of its subscriptions. */
export interface KafkaSubscriptionDeps {
  base: KafkaBase;
  publish: (messages: OutgoingMessage[]) => Promise<void>;
  onError: (e: unknown) => void;
  lagIntervalMs: number;
  /** The bus's open subscriptions: this one is in it until closed. */
  open: Set<Subscription>;
}

/**
 * Starts consuming for the group and resolves once the first consumer is consuming (so messages
 * published afterwards reach it even when the group starts at the end of the topics).
 */
export async function startKafkaSubscription(deps: KafkaSubscriptionDeps, o: SubscribeOptions): Promise<Subscription> {
  let ready!: () => void;
  const readyP = new Promise<void>((r) => (ready = r));
  const c: ConsumeLoop = {
    base: deps.base,
    o,
    maxRetries: o.maxRetries ?? 3,
    publish: deps.publish,
    onError: deps.onError,
    ready: () => ready(),
    stopped: false,
    stream: null,
  };
  const loop = consumeUntilStopped(c);
  const lagReader = groupLagReader(deps.base, o);
  const lagTimer = startLagGauge(lagReader.lag, o.groupId, deps.lagIntervalMs);

  await readyP;
  const sub: Subscription = {
    async close() {
      if (c.stopped) return;
      c.stopped = true;
      if (lagTimer) clearInterval(lagTimer);
      await c.stream?.close().catch(() => undefined);
      await loop;
      await lagReader.close();
      deps.open.delete(sub);
    },
    lag: lagReader.lag,
  };
  deps.open.add(sub);
  return sub;
}
