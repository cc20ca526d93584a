import { errorFields, platformLogger } from '@par/observability';
import type { Admin } from '@platformatic/kafka';
import { dlqTopic, type MessageBus, type OutgoingMessage, type SubscribeOptions, type Subscription } from './bus';
import { topicEnsurer } from './kafka/ensure-topics';
import { kafkaBase, newAdmin, newProducer, type StrProducer } from './kafka/kafka-clients';
import { toKafkaRecord } from './kafka/kafka-records';
import { startKafkaSubscription } from './kafka/kafka-subscription';

export interface KafkaBusOptions {
  brokers: string[];
  clientId: string;
  /** Partitions for topics this bus creates (default 3). */
  partitions?: number;
  /** Replication factor for topics this bus creates (default 1, the local single broker). */
  replicas?: number;
  /** How often each subscription refreshes the par_consumer_lag gauge (default 5 s; 0 disables). */
  lagIntervalMs?: number;
  onError?: (e: unknown) => void;
}

/** Kafka behind the MessageBus port, with @platformatic/kafka (ADR 0006). Values are JSON strings. */
export function createKafkaBus(opts: KafkaBusOptions): MessageBus {
  const base = kafkaBase(opts);
  const onError =
    opts.onError ??
    ((e: unknown) => platformLogger('messaging').error({ clientId: opts.clientId, ...errorFields(e) }, 'Kafka client error'));
  let producer: StrProducer | null = null;
  let admin: Admin | null = null;
  const ensureTopics = topicEnsurer(() => (admin ??= newAdmin(base)), {
    partitions: opts.partitions ?? 3,
    replicas: opts.replicas ?? 1,
  });
  const open = new Set<Subscription>();
  let closed = false;

  async function publish(messages: OutgoingMessage[]): Promise<void> {
    if (closed) throw new Error('Bus is closed');
    if (messages.length === 0) return;
    await ensureTopics(messages.map((m) => m.topic));
    await (producer ??= newProducer(base)).send({ messages: messages.map(toKafkaRecord) });
  }

  async function subscribe(o: SubscribeOptions): Promise<Subscription> {
    if (closed) throw new Error('Bus is closed');
    await ensureTopics([...o.topics, ...o.topics.map(dlqTopic)]);
    return startKafkaSubscription({ base, publish, onError, lagIntervalMs: opts.lagIntervalMs ?? 5_000, open }, o);
  }

  async function ping(timeoutMs: number): Promise<void> {
    if (closed) throw new Error('Bus is closed');
    const metadata = (admin ??= newAdmin(base)).metadata({ topics: [], forceUpdate: true, retries: 0 });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Kafka did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const m = await Promise.race([metadata, timeout]);
      if (m.brokers.size === 0) throw new Error('Kafka answered without brokers');
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    publish,
    subscribe,
    ping,
    async close() {
      await Promise.all([...open].map((s) => s.close()));
      closed = true;
      await producer?.close().catch(() => undefined);
      await admin?.close().catch(() => undefined);
    },
  };
}

/** Brokers from PAR_KAFKA_BROKERS (default 127.0.0.1:59092). */
export function kafkaBrokersFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env['PAR_KAFKA_BROKERS'] || '127.0.0.1:59092')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
