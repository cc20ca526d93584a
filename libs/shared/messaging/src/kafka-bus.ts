import {
  Admin,
  Consumer,
  MessagesStreamFallbackModes,
  MessagesStreamModes,
  Producer,
  stringDeserializers,
  stringSerializers,
  type Message,
  type MessagesStream,
} from '@platformatic/kafka';
import {
  dlqMessage,
  dlqTopic,
  handleWithRetries,
  type IncomingMessage,
  type MessageBus,
  type OutgoingMessage,
  type SubscribeOptions,
  type Subscription,
} from './bus';
import { consumerLagGauge, deadLetteredCounter } from './metrics';

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

type StrMessage = Message<string, string, string, string>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Kafka behind the MessageBus port, with @platformatic/kafka (ADR 0006). Values are JSON strings. */
export function createKafkaBus(opts: KafkaBusOptions): MessageBus {
  const base = { clientId: opts.clientId, bootstrapBrokers: opts.brokers, retries: 10, retryDelay: 250 };
  const onError = opts.onError ?? ((e: unknown) => console.error(`[kafka-bus ${opts.clientId}]`, e));
  let producer: Producer<string, string, string, string> | null = null;
  let admin: Admin | null = null;
  const known = new Set<string>();
  const subs = new Set<Subscription>();
  let closed = false;

  const getProducer = () =>
    (producer ??= new Producer<string, string, string, string>({
      ...base,
      serializers: stringSerializers,
      acks: -1,
    }));
  const getAdmin = () => (admin ??= new Admin(base));

  async function ensureTopics(topics: string[]): Promise<void> {
    const missing = [...new Set(topics)].filter((t) => !known.has(t));
    if (missing.length === 0) return;
    const existing = new Set(await getAdmin().listTopics());
    const toCreate = missing.filter((t) => !existing.has(t));
    if (toCreate.length > 0) {
      try {
        await getAdmin().createTopics({ topics: toCreate, partitions: opts.partitions ?? 3, replicas: opts.replicas ?? 1 });
      } catch (e) {
        // A concurrent creator won: fine. Anything else: let the caller see it.
        const again = new Set(await getAdmin().listTopics());
        if (!toCreate.every((t) => again.has(t))) throw e;
      }
    }
    for (const t of missing) known.add(t);
  }

  async function publish(messages: OutgoingMessage[]): Promise<void> {
    if (closed) throw new Error('Bus is closed');
    if (messages.length === 0) return;
    await ensureTopics(messages.map((m) => m.topic));
    await getProducer().send({
      messages: messages.map((m) => ({
        topic: m.topic,
        key: m.key,
        value: JSON.stringify(m.value ?? null),
        headers: { ...m.headers },
      })),
    });
  }

  async function subscribe(o: SubscribeOptions): Promise<Subscription> {
    if (closed) throw new Error('Bus is closed');
    await ensureTopics([...o.topics, ...o.topics.map(dlqTopic)]);
    const maxRetries = o.maxRetries ?? 3;
    let stopped = false;
    let consumer: Consumer<string, string, string, string> | null = null;
    let stream: MessagesStream<string, string, string, string> | null = null;
    let ready!: () => void;
    const readyP = new Promise<void>((r) => (ready = r));

    const newConsumer = () =>
      new Consumer<string, string, string, string>({
        ...base,
        groupId: o.groupId,
        deserializers: stringDeserializers,
        sessionTimeout: 10_000,
        heartbeatInterval: 1_000,
        rebalanceTimeout: 10_000,
        maxWaitTime: 200,
        autocommit: false,
      });

    const toIncoming = (m: StrMessage): IncomingMessage => ({
      topic: m.topic,
      partition: m.partition,
      offset: m.offset.toString(),
      key: m.key ?? '',
      value: m.value === undefined || m.value === null || m.value === '' ? null : (JSON.parse(m.value) as unknown),
      headers: Object.fromEntries(m.headers ?? new Map<string, string>()),
    });

    // Runs until closed; after a broker/connection failure the consumer is rebuilt and resumes from the
    // committed offsets (at-least-once).
    const loop = (async () => {
      let backoff = 250;
      while (!stopped) {
        try {
          consumer = newConsumer();
          stream = await consumer.consume({
            topics: o.topics,
            mode: MessagesStreamModes.COMMITTED,
            fallbackMode: o.fromBeginning ? MessagesStreamFallbackModes.EARLIEST : MessagesStreamFallbackModes.LATEST,
            autocommit: false,
          });
          ready();
          backoff = 250;
          for await (const raw of stream as AsyncIterable<StrMessage>) {
            if (stopped) break;
            // A value that is not JSON can never be handled: straight to the DLQ instead of blocking the partition.
            let m: IncomingMessage;
            let unreadable: unknown = null;
            try {
              m = toIncoming(raw);
            } catch (e) {
              unreadable = e;
              m = { ...toIncoming({ ...raw, value: '' } as StrMessage), value: raw.value ?? null };
            }
            const failure = unreadable
              ? { error: unreadable, attempts: 1 }
              : await handleWithRetries(o.handle, m, maxRetries, () => stopped);
            if (failure && stopped) break; // not committed: redelivered later
            if (failure) {
              await publish([dlqMessage(m, failure)]);
              deadLetteredCounter.inc({ group: o.groupId, topic: m.topic });
            }
            await raw.commit();
          }
        } catch (e) {
          if (!stopped) onError(e);
        } finally {
          const s = stream;
          const c = consumer;
          stream = null;
          consumer = null;
          await s?.close().catch(() => undefined);
          await c?.close(true).catch(() => undefined);
        }
        if (!stopped) {
          await sleep(backoff);
          backoff = Math.min(backoff * 2, 5_000);
        }
      }
      ready();
    })();

    // Lag from the broker: latest offsets minus the group's committed offsets.
    let lagAdmin: Consumer<string, string, string, string> | null = null;
    async function lag(): Promise<number> {
      lagAdmin ??= new Consumer<string, string, string, string>({ ...base, groupId: o.groupId, deserializers: stringDeserializers });
      const latest = await lagAdmin.listOffsets({ topics: o.topics });
      const committed = await lagAdmin.listCommittedOffsets({
        topics: [...latest].map(([topic, parts]) => ({ topic, partitions: parts.map((_, i) => i) })),
      });
      let total = 0n;
      for (const [topic, parts] of latest) {
        const c = committed.get(topic) ?? [];
        parts.forEach((end, i) => {
          const done = c[i] ?? -1n;
          const from = done >= 0n ? done : o.fromBeginning ? 0n : end;
          if (end > from) total += end - from;
        });
      }
      return Number(total);
    }

    const lagTimer =
      (opts.lagIntervalMs ?? 5_000) > 0
        ? setInterval(() => {
            lag()
              .then((n) => consumerLagGauge.set({ group: o.groupId, bus: 'kafka' }, n))
              .catch(() => undefined);
          }, opts.lagIntervalMs ?? 5_000)
        : null;
    lagTimer?.unref();

    await readyP;
    const sub: Subscription = {
      async close() {
        if (stopped) return;
        stopped = true;
        if (lagTimer) clearInterval(lagTimer);
        await stream?.close().catch(() => undefined);
        await loop;
        await lagAdmin?.close(true).catch(() => undefined);
        subs.delete(sub);
      },
      lag,
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
