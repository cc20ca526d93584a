import { randomUUID } from 'node:crypto';
import { createKafkaBus, kafkaBrokersFromEnv } from './kafka-bus';
import { busContract } from './testing/bus-contract';
import { deleteTestTopics } from './testing/delete-test-topics';

afterAll(() => deleteTestTopics(/^par\.test-/));

busContract(
  'Kafka',
  async () => createKafkaBus({ brokers: kafkaBrokersFromEnv(), clientId: `par-test-${randomUUID().slice(0, 8)}` }),
  60_000,
);
