/*
 * @platformatic/kafka vs kafkajs on the local broker (PAR_KAFKA_BROKERS): produce N messages in batches,
 * then consume them all with a new group. Prints numbers and ratios, asserts nothing.
 * Run: npm run build && node dist/bench/messaging/kafka-clients.bench.js
 */
import { randomUUID } from 'node:crypto';
import { Admin, Consumer, MessagesStreamModes, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';
import { Kafka, logLevel } from 'kafkajs';
import { isMain } from '../common';

const brokers = (process.env['PAR_KAFKA_BROKERS'] || '127.0.0.1:59092').split(',');
const N = Number(process.env['BENCH_MESSAGES'] || 20_000);
const BATCH = 100;
const value = JSON.stringify({ id: randomUUID(), type: 'ScoreRecorded', data: { score: 7.5, note: 'Đã hoàn thành' } });

async function createTopic(topic: string) {
  const admin = new Admin({ clientId: 'bench-admin', bootstrapBrokers: brokers });
  await admin.createTopics({ topics: [topic], partitions: 3, replicas: 1 });
  await admin.close();
}

async function platformatic(topic: string) {
  const producer = new Producer({ clientId: 'bench-plt', bootstrapBrokers: brokers, serializers: stringSerializers, acks: -1 });
  let t0 = performance.now();
  for (let i = 0; i < N; i += BATCH) {
    await producer.send({
      messages: Array.from({ length: BATCH }, (_, k) => ({ topic, key: `s-${(i + k) % 50}`, value, headers: { province: 'tinh-a' } })),
    });
  }
  const produce = N / ((performance.now() - t0) / 1000);
  await producer.close();
  const consumer = new Consumer({
    clientId: 'bench-plt',
    groupId: `plt-${topic}`,
    bootstrapBrokers: brokers,
    deserializers: stringDeserializers,
    maxWaitTime: 100,
  });
  t0 = performance.now();
  const stream = await consumer.consume({ topics: [topic], mode: MessagesStreamModes.EARLIEST, autocommit: 1000 });
  let n = 0;
  for await (const _m of stream) {
    if (++n >= N) break;
  }
  const consume = N / ((performance.now() - t0) / 1000);
  await stream.close();
  await consumer.close(true);
  return { produce, consume };
}

async function kafkajs(topic: string) {
  const kafka = new Kafka({ clientId: 'bench-kjs', brokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  let t0 = performance.now();
  for (let i = 0; i < N; i += BATCH) {
    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: BATCH }, (_, k) => ({ key: `s-${(i + k) % 50}`, value, headers: { province: 'tinh-a' } })),
    });
  }
  const produce = N / ((performance.now() - t0) / 1000);
  await producer.disconnect();
  const consumer = kafka.consumer({ groupId: `kjs-${topic}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  t0 = performance.now();
  let n = 0;
  await new Promise<void>((resolve) => {
    void consumer.run({
      eachMessage: async () => {
        if (++n === N) resolve();
      },
    });
  });
  const consume = N / ((performance.now() - t0) / 1000);
  await consumer.disconnect();
  return { produce, consume };
}

async function main() {
  const run = randomUUID().slice(0, 8);
  const tp = `par.bench-plt-${run}.v1`;
  const tk = `par.bench-kjs-${run}.v1`;
  await createTopic(tp);
  await createTopic(tk);
  const p = await platformatic(tp);
  const k = await kafkajs(tk);
  const line = (name: string, r: { produce: number; consume: number }) =>
    console.log(`${name.padEnd(20)} produce ${r.produce.toFixed(0).padStart(7)} msg/s   consume ${r.consume.toFixed(0).padStart(7)} msg/s`);
  console.log(`\n== Kafka clients, ${N} messages, batches of ${BATCH}, acks=all, 3 partitions ==`);
  line('@platformatic/kafka', p);
  line('kafkajs', k);
  console.log(`ratio platformatic/kafkajs: produce ${(p.produce / k.produce).toFixed(2)}  consume ${(p.consume / k.consume).toFixed(2)}`);
}

/** Runs the Kafka client comparison (prints its own table). */
export const runKafkaClientsBench = main;

if (isMain(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
