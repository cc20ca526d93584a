import { Admin, Consumer, Producer, stringDeserializers, stringSerializers, type Message, type MessagesStream } from '@platformatic/kafka';

/** The @platformatic/kafka clients of the bus, all with string keys, values and headers (values are JSON). */
export type StrMessage = Message<string, string, string, string>;
export type StrConsumer = Consumer<string, string, string, string>;
export type StrStream = MessagesStream<string, string, string, string>;
export type StrProducer = Producer<string, string, string, string>;

/** Connection settings every client of one bus shares. */
export interface KafkaBase {
  clientId: string;
  bootstrapBrokers: string[];
  retries: number;
  retryDelay: number;
}

export const kafkaBase = (opts: { clientId: string; brokers: string[] }): KafkaBase => ({
  clientId: opts.clientId,
  bootstrapBrokers: opts.brokers,
  retries: 10,
  retryDelay: 250,
});

/** Producer waiting for every in-sync replica (acks -1). */
export const newProducer = (base: KafkaBase): StrProducer =>
  new Producer<string, string, string, string>({ ...base, serializers: stringSerializers, acks: -1 });

export const newAdmin = (base: KafkaBase): Admin => new Admin(base);

/** A group member that commits by hand (after handling) and notices a lost broker within seconds. */
export const newGroupConsumer = (base: KafkaBase, groupId: string): StrConsumer =>
  new Consumer<string, string, string, string>({
    ...base,
    groupId,
    deserializers: stringDeserializers,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
    rebalanceTimeout: 10_000,
    maxWaitTime: 200,
    autocommit: false,
  });

/** A client that only reads the group's offsets (it never joins the group). */
export const newOffsetsReader = (base: KafkaBase, groupId: string): StrConsumer =>
  new Consumer<string, string, string, string>({ ...base, groupId, deserializers: stringDeserializers });
